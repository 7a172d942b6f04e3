/**
 * Checklist guidance is Markdown. It is rendered on the server with raw HTML
 * disabled (FORMAT.md: raw HTML is not rendered), so `{@html}` of the result
 * never carries markup from the checklist source.
 */
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: false });

// Links open in a new tab and never pass the referrer.
const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
	tokens[idx].attrSet('target', '_blank');
	tokens[idx].attrSet('rel', 'noopener noreferrer');
	return defaultLinkOpen(tokens, idx, options, env, self);
};

export function renderMarkdown(source: string): string {
	return md.render(source);
}
