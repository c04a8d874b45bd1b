export const id = 554;
export const ids = [554];
export const modules = {

/***/ 74173:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderMarkdown: () => (/* binding */ renderMarkdown),
/* harmony export */   textHeader: () => (/* binding */ textHeader),
/* harmony export */   textStep: () => (/* binding */ textStep),
/* harmony export */   textSummary: () => (/* binding */ textSummary)
/* harmony export */ });
/* unused harmony exports trafficLine, barChart, renderText */
const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
const kib = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`;
/** One line about where requests were served. */
function trafficLine(t) {
    const f = t.fileRequests;
    const pub = t.publicRegistry
        ? `; public registry's own log: ${t.publicRegistry.downloads} downloads, ${t.publicRegistry.metadata} metadata`
        : '';
    return (`${t.requests} registry requests: ${t.internal} internal, ${t.upstream} retained upstream copy, ` +
        `${t.external} external (${t.externalAssets} tarballs/files + ${t.externalMetadata} metadata fetched); ` +
        `${kib(t.bytes.domain)} from the domain, ${kib(t.bytes.external)} fetched externally; ` +
        `package files sent: npm ${f.npm}, pip ${f.pip}, go ${f.go} (${t.revalidated} revalidated, 304); Go proxy ${t.goProxyRequests} requests${pub}`);
}
/** A bar per build: install time, scaled to `width` characters. */
function barChart(builds, width = 40) {
    const max = Math.max(1, ...builds.map((b) => b.installMs));
    const pad = Math.max(0, ...builds.map((b) => b.label.length));
    return builds.map((b) => {
        const n = Math.max(1, Math.round((b.installMs / max) * width));
        return `${b.label.padEnd(pad)} ${'█'.repeat(n)} ${s(b.installMs)}`;
    });
}
function buildLines(b, md) {
    const bullet = md ? '- ' : '    ';
    return [
        md ? `**${b.label}** (cache: ${b.cache})` : `  ${b.label} (cache: ${b.cache})`,
        ...b.phases.map((p) => `${bullet}${p.ok ? '' : 'FAILED '}${p.name}: ${s(p.ms)}${p.note ? ` — ${p.note}` : ''}`),
        `${bullet}${trafficLine(b.traffic)}`,
    ];
}
function stepLines(step, md) {
    const ok = step.claims.length > 0 && step.claims.every((c) => c.ok);
    const head = md ? `## Step ${step.step}: ${step.title}` : `Step ${step.step}: ${step.title}`;
    const lines = [head, ''];
    for (const b of step.builds)
        lines.push(...buildLines(b, md), '');
    for (const n of step.notes)
        lines.push(md ? `- ${n}` : `  ${n}`);
    for (const c of step.claims)
        lines.push(`${md ? '- ' : '  '}${c.ok ? 'PASS' : 'FAIL'} ${c.text} — ${c.detail}`);
    if (step.claims.length === 0)
        lines.push(`${md ? '- ' : '  '}FAIL this step checked no claim`);
    lines.push(md ? '' : `  => step ${step.step} ${ok ? 'passed' : 'FAILED'}`, '');
    return lines;
}
function headerLines(h, md) {
    const item = md ? '- ' : '  ';
    return [
        md ? '# codeartifact-cache simulate' : 'codeartifact-cache simulate',
        '',
        `fixture ${h.fixture}: ${h.packages.npm} npm packages, ${h.packages.pypi} Python requirements, ` +
            `${h.packages.go} Go modules; public latency ${h.latencyMs} ms; cache: ${h.cacheBackend}`,
        ...(h.leftOut.length ? ['', 'REDUCED RUN — left out:', ...h.leftOut.map((l) => `${item}${l}`)] : []),
        ...(h.faults.length ? ['', `TEST FAULTS INJECTED (this run must fail): ${h.faults.join(', ')}`] : []),
        '',
    ];
}
function summaryLines(r, md) {
    const builds = r.steps.flatMap((st) => st.builds);
    const lines = [];
    if (builds.length > 0) {
        lines.push(md ? '## Install time per build' : 'Install time per build', '');
        lines.push(...(md ? ['```', ...barChart(builds), '```'] : barChart(builds).map((l) => `  ${l}`)), '');
    }
    const failed = r.steps.flatMap((st) => st.claims.filter((c) => !c.ok));
    const verdict = r.ok ? 'All claims held' : `SOME CLAIMS FAILED (${failed.length})`;
    const reduced = r.leftOut.length ? `; reduced run, ${r.leftOut.length} part(s) left out (see top)` : '';
    lines.push(`${verdict} (${s(r.totalMs)} in all${reduced}).`, '');
    return lines;
}
/** Text pieces, printed as the run goes: the header, each step when it ends, then the summary. */
const textHeader = (h) => headerLines(h, false).join('\n') + '\n';
const textStep = (st) => stepLines(st, false).join('\n') + '\n';
const textSummary = (r) => summaryLines(r, false).join('\n');
function render(r, md) {
    return [...headerLines(r, md), ...r.steps.flatMap((st) => stepLines(st, md)), ...summaryLines(r, md)].join('\n');
}
const renderText = (r) => render(r, false);
const renderMarkdown = (r) => render(r, true);


/***/ })

};
