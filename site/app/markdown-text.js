// Markdown becomes the text it shows: links keep their words, emphasis and code marks go, and
// so do images, code blocks and raw HTML (text only, never rendered). Headings and list items
// keep their lines, which the summariser reads as such.
export function markdownToText(markdown) {
  return markdown
    .replace(/\r\n?/g, '\n')
    .replace(/^([ \t]*)(```|~~~)[^\n]*\n[\s\S]*?^\1\2[^\n]*$/gm, '')  // fenced code blocks
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<((?:https?:\/\/|mailto:)[^>\s]+)>/g, '$1')  // autolinks
    .replace(/<\/?[a-zA-Z][^>\n]*>/g, '')  // raw HTML tags (their text stays)
    .replace(/^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*\S.*$/gm, '')  // link reference definitions
    .replace(/!\[[^\]\n]*\]\([^)\n]*\)/g, '')  // images
    .replace(/\[([^\]\n]+)\]\([^)\n]*\)/g, '$1')  // inline links
    .replace(/\[([^\]\n]+)\]\[[^\]\n]*\]/g, '$1')  // reference links
    .replace(/^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$/gm, '$1')  // ATX headings
    .replace(/^[ \t]{0,3}(=+|-+)[ \t]*$/gm, '')  // setext underlines and rules
    .replace(/^[ \t]{0,3}([*_])([ \t]*\1){2,}[ \t]*$/gm, '')  // rules of * or _
    .replace(/^[ \t]{0,3}>[ \t]?/gm, '')  // block quotes
    .replace(/^([ \t]*)[*+]([ \t]+)/gm, '$1-$2')  // one bullet style
    .replace(/(\*\*|__)(?=\S)([^\n]*?\S)\1/g, '$2')  // strong
    .replace(/(^|[^\w*])([*_])(?=\S)([^\n]*?\S)\2(?![\w*])/g, '$1$3')  // emphasis
    .replace(/~~(?=\S)([^\n]*?\S)~~/g, '$1')  // strikethrough
    .replace(/`([^`\n]+)`/g, '$1')  // inline code
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
