/** Badge colours as status pages conventionally use them. */
export const BADGE_COLOURS: Record<string, string> = {
  investigating: '#d9480f',
  identified: '#e67700',
  monitoring: '#1971c2',
  resolved: '#2b8a3e',
  scheduled: '#1971c2',
  'in-progress': '#e67700',
  completed: '#2b8a3e',
};

/** Inline styles for the email view, so the HTML pastes into mail clients intact. */
export const EMAIL_STYLES: Record<string, string> = {
  wrapper: 'font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:15px;line-height:1.55;color:#1f2328;max-width:640px',
  h1: 'font-size:22px;margin:0 0 12px;font-weight:600',
  h2: 'font-size:18px;margin:20px 0 8px;font-weight:600',
  h3: 'font-size:16px;margin:16px 0 6px;font-weight:600',
  p: 'margin:0 0 12px',
  a: 'color:#0969da;text-decoration:underline',
  ul: 'margin:0 0 12px;padding-left:22px',
  ol: 'margin:0 0 12px;padding-left:22px',
  li: 'margin:0 0 4px',
  blockquote: 'margin:0 0 12px;padding:0 12px;border-left:3px solid #d0d7de;color:#57606a',
  code: 'font-family:SFMono-Regular,Consolas,monospace;font-size:13px;background:#f6f8fa;padding:1px 4px;border-radius:4px',
  pre: 'background:#f6f8fa;padding:12px;border-radius:6px;overflow:auto',
  table: 'border-collapse:collapse;margin:0 0 12px',
  th: 'border:1px solid #d0d7de;padding:4px 8px;text-align:left;background:#f6f8fa',
  td: 'border:1px solid #d0d7de;padding:4px 8px',
  img: 'max-width:100%',
  hr: 'border:0;border-top:1px solid #d0d7de;margin:16px 0',
};
