#!/usr/bin/env python3
"""Write src/emulator/control/model.json: botocore's CodeArtifact service model without documentation.

The emulator's control plane routes, validates and serializes from this model, so regenerate it (and
re-run the tests) when botocore ships a newer CodeArtifact API. Usage: python3 scripts/trim-codeartifact-model.py
"""
import gzip
import json
import os
import subprocess

import botocore

SOURCE = os.path.join(os.path.dirname(botocore.__file__), 'data', 'codeartifact', '2018-09-22', 'service-2.json.gz')
TARGET = os.path.join(os.path.dirname(__file__), '..', 'src', 'emulator', 'control', 'model.json')

METADATA_KEYS = ('apiVersion', 'endpointPrefix', 'protocol', 'serviceId', 'signatureVersion', 'signingName')
OPERATION_KEYS = ('http', 'input', 'output', 'errors')
SHAPE_KEYS = ('type', 'required', 'members', 'member', 'key', 'value', 'pattern', 'min', 'max', 'enum',
              'error', 'exception', 'fault', 'payload', 'streaming', 'sensitive')
MEMBER_KEYS = ('shape', 'location', 'locationName')


def pick(obj, keys):
    return {k: obj[k] for k in keys if k in obj}


def trim_shape(shape):
    out = pick(shape, SHAPE_KEYS)
    if 'members' in out:
        out['members'] = {name: pick(m, MEMBER_KEYS) for name, m in out['members'].items()}
    for ref in ('member', 'key', 'value'):
        if ref in out:
            out[ref] = pick(out[ref], MEMBER_KEYS)
    if 'error' in out:
        out['error'] = pick(out['error'], ('httpStatusCode',))
    return out


def trim_operation(op):
    out = pick(op, OPERATION_KEYS)
    out['http'] = pick(op['http'], ('method', 'requestUri', 'responseCode'))
    if 'errors' in out:
        out['errors'] = [e['shape'] for e in out['errors']]
    for ref in ('input', 'output'):
        if ref in out:
            out[ref] = pick(out[ref], ('shape',))
    return out


def main():
    with gzip.open(SOURCE, 'rt', encoding='utf-8') as f:
        model = json.load(f)
    trimmed = {
        'metadata': pick(model['metadata'], METADATA_KEYS),
        'operations': {name: trim_operation(op) for name, op in sorted(model['operations'].items())},
        'shapes': {name: trim_shape(s) for name, s in sorted(model['shapes'].items())},
    }
    with open(TARGET, 'w', encoding='utf-8') as f:
        json.dump(trimmed, f, indent=1, sort_keys=False)
        f.write('\n')
    # Format like the rest of the repository so `prettier --check` stays green after a regeneration.
    subprocess.run(['npx', 'prettier', '--write', TARGET], check=False, capture_output=True)
    print(f'wrote {os.path.normpath(TARGET)}: {len(trimmed["operations"])} operations, {len(trimmed["shapes"])} shapes')


if __name__ == '__main__':
    main()
