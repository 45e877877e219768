// A Markdown file imported in a test is its text (see test/markdown-transform.cjs).
declare module '*.md' {
  const text: string;
  export default text;
}
