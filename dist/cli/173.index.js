export const id = 173;
export const ids = [173];
export const modules = {

/***/ 74173:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   barChart: () => (/* binding */ barChart),
/* harmony export */   renderMarkdown: () => (/* binding */ renderMarkdown),
/* harmony export */   renderText: () => (/* binding */ renderText),
/* harmony export */   trafficLine: () => (/* binding */ trafficLine)
/* harmony export */ });
const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
const kib = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`;
/** One line about where requests were served. */
function trafficLine(t) {
    return (`${t.requests} registry requests: ${t.internal} internal, ${t.upstream} retained upstream copy, ` +
        `${t.external} external (${t.externalAssets} tarballs/files + ${t.externalMetadata} metadata fetched); ` +
        `${kib(t.bytes.domain)} from the domain, ${kib(t.bytes.external)} fetched externally; ` +
        `Go proxy ${t.goProxyRequests} requests`);
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
    const ok = step.claims.every((c) => c.ok);
    const head = md ? `## Step ${step.step}: ${step.title}` : `Step ${step.step}: ${step.title}`;
    const lines = [head, ''];
    for (const b of step.builds)
        lines.push(...buildLines(b, md), '');
    for (const n of step.notes)
        lines.push(md ? `- ${n}` : `  ${n}`);
    for (const c of step.claims)
        lines.push(`${md ? '- ' : '  '}${c.ok ? 'PASS' : 'FAIL'} ${c.text} — ${c.detail}`);
    lines.push(md ? '' : `  => step ${step.step} ${ok ? 'passed' : 'FAILED'}`, '');
    return lines;
}
function render(r, md) {
    const builds = r.steps.flatMap((st) => st.builds);
    const lines = [
        md ? '# codeartifact-cache simulate' : 'codeartifact-cache simulate',
        '',
        `fixture ${r.fixture}: ${r.packages.npm} npm packages, ${r.packages.pypi} Python requirements, ` +
            `${r.packages.go} Go modules; public latency ${r.latencyMs} ms; cache: ${r.cacheBackend}`,
        '',
        ...r.steps.flatMap((st) => stepLines(st, md)),
    ];
    if (builds.length > 0) {
        lines.push(md ? '## Install time per build' : 'Install time per build', '');
        lines.push(...(md ? ['```', ...barChart(builds), '```'] : barChart(builds).map((l) => `  ${l}`)), '');
    }
    lines.push(`${r.ok ? 'All claims held' : 'SOME CLAIMS FAILED'} (${s(r.totalMs)} in all).`, '');
    return lines.join('\n');
}
const renderText = (r) => render(r, false);
const renderMarkdown = (r) => render(r, true);


/***/ })

};
