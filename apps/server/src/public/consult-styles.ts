import { createHash } from 'node:crypto';

// The public pages' only stylesheet: system fonts, no images, logical properties so the same
// rules mirror for right-to-left languages, a visible focus ring (yellow with a dark edge, as in
// the officials' app) and readable line lengths on a phone. Colours meet WCAG AA contrast.
export const CONSULT_CSS = `*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:1.0625rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Arabic",Tahoma,Arial,sans-serif;color:#0b0c0c;background:#fff}
a{color:#1d70b8;text-decoration:underline;text-underline-offset:.15em;overflow-wrap:anywhere}
a:visited{color:#4c2c92}
a:focus,button:focus,input:focus,textarea:focus{outline:3px solid #ffdd00;outline-offset:0;box-shadow:0 0 0 5px #0b0c0c}
a:focus{background:#ffdd00;color:#0b0c0c;text-decoration:none}
.skip{position:absolute;inset-inline-start:-999em}
.skip:focus{position:static;display:block;padding:.5rem 1rem}
header{background:#12263a;color:#fff;padding:.75rem 1rem}
header p{margin:0;font-weight:700}
header nav ul{list-style:none;margin:.5rem 0 0;padding:0;display:flex;flex-wrap:wrap;gap:1rem}
header a,header a:visited{color:#fff}
header a:focus{color:#0b0c0c}
header [aria-current]{font-weight:700;text-decoration:none;border-block-end:3px solid #fff}
main,footer>div{max-width:42rem;margin:0 auto;padding:1.25rem 1rem}
main:focus{outline:none}
h1{font-size:1.9rem;line-height:1.2;margin:.5rem 0 1rem}
h2{font-size:1.45rem;line-height:1.25;margin:2.5rem 0 .75rem;padding-block-start:1rem;border-block-start:2px solid #b1b4b6}
h3{font-size:1.15rem;margin:1.5rem 0 .5rem}
p,ul,dl{margin:0 0 1rem}
.status{padding:.75rem 1rem;border-inline-start:5px solid #1d70b8;background:#f4f8fb}
.lead{font-size:1.15rem}
.text{white-space:pre-line;overflow-wrap:anywhere}
dt{font-weight:700}
dd{margin:0 0 .75rem}
.rows{padding-inline-start:1.25rem}
.comments{list-style:none;padding:0}
.comments>li{border-inline-start:4px solid #b1b4b6;padding:.25rem .75rem;margin-block-end:1rem}
.who{font-weight:700;margin:0}
.reply{margin:.5rem 0 0;padding:.5rem .75rem;background:#f3f2f1}
form{margin:1rem 0 0;padding:1rem;border:1px solid #b1b4b6}
label{display:block;font-weight:700;margin-block-end:.25rem}
.hint{color:#484949;margin-block-end:.5rem}
input[type=text],textarea{display:block;width:100%;font:inherit;padding:.4rem;border:2px solid #0b0c0c;border-radius:0;margin-block-end:1rem}
textarea{min-height:8rem;resize:vertical}
.hp{display:none}
.vh{position:absolute!important;width:1px!important;height:1px!important;margin:0!important;overflow:hidden!important;clip:rect(0 0 0 0)!important;white-space:nowrap!important}
button{font:inherit;font-weight:700;color:#fff;background:#00703c;border:0;border-block-end:2px solid #002d18;padding:.6rem 1rem;cursor:pointer}
button:hover{background:#005a30}
.error-summary{border:5px solid #c4321a;padding:1rem;margin-block-end:1.5rem}
.error-summary:focus{outline:3px solid #ffdd00}
.error-summary h2{margin:0 0 .5rem;padding:0;border:0;font-size:1.25rem}
.error-summary a{color:#c4321a;font-weight:700}
.error-message{color:#c4321a;font-weight:700;margin:0 0 .5rem}
.field-error{border-inline-start:5px solid #c4321a;padding-inline-start:.75rem}
.field-error textarea,.field-error input{border-color:#c4321a}
.copy{white-space:pre-wrap;overflow-wrap:anywhere;padding:.75rem;border:1px solid #b1b4b6;background:#f3f2f1}
footer{background:#f3f2f1;border-block-start:1px solid #b1b4b6;margin-block-start:2rem;font-size:.95rem}
@media (min-width:40rem){h1{font-size:2.4rem}main,footer>div{padding:2rem}}
`;

const hash = createHash('sha256').update(CONSULT_CSS).digest('base64url').slice(0, 12);

/** Content-addressed, so browsers may keep it for a year and a new version gets a new name. */
export const CONSULT_CSS_PATH = `/consult/assets/consult-${hash}.css`;
