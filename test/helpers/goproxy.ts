// The tests' Go module proxy is the one simulate uses: one implementation of the GOPROXY protocol.
export { GO_MODULES, startGoProxy, type GoModuleFixture, type GoProxy } from '../../src/simulate/goproxy.js';
