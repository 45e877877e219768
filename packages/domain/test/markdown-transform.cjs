// Jest transform: a Markdown file imported by a test is its text (the README examples test and
// the seed report fixture read Markdown without Node I/O, so the tests stay inside the package's
// "no node:*" lint rule).
module.exports = {
  process(source) {
    return { code: `module.exports = ${JSON.stringify(source)};` };
  },
};
