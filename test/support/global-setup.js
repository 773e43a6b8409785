// Tests that run the advisor as `npm start` does (child processes of bin/start.js) need dist/ to be the current
// code; start.js never compiles, so the suite builds first when a source changed.
module.exports = () => require('../../bin/ensure-built').ensureBuilt();
