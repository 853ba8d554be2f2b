import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { RouteContext } from '../http/api-instance.js';
import type { ContentSource } from '../modules/content/content-catalog.js';
import { COMMENT_MAX } from '../modules/consultations/comment.js';
import { createPublicFormatter } from '../modules/consultations/public-values.js';
import { type Locale, isLocale } from '../modules/users/user.js';
import { CommentThrottled } from './comment-throttle.js';
import { readCommentForm, validateCommentForm } from './comment-form.js';
import { CONSULT_CSS, CONSULT_CSS_PATH } from './consult-styles.js';
import {
  type FormState,
  anchorOf,
  consultPath,
  renderConsultPage,
} from './consult-page.renderer.js';
import { checkFormNonce, createFormNonce } from './form-nonce.js';
import { renderMessagePage } from './page-layout.js';
import {
  type PublicConsultation,
  chooseLanguage,
  closedOnOf,
  findPublicConsultation,
  loadPublicPage,
  storeComment,
} from './public-consultation.service.js';
import { publicMessages } from './public-messages.js';

/** A comment of COMMENT_MAX characters, each up to 4 UTF-8 bytes, percent-encoded, and a name. */
export const FORM_BODY_LIMIT = 32 * 1024;

type SlugRequest = FastifyRequest<{ Params: { slug: string }; Querystring: { lang?: unknown } }>;

function sendHtml(reply: FastifyReply, status: number, html: string): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').send(html);
}

/** Same-site posts carry our origin (the pages send Referrer-Policy: same-origin). */
function isCrossSite(request: FastifyRequest, publicOrigin: string): boolean {
  if (request.headers['sec-fetch-site'] === 'cross-site') return true;
  const origin = request.headers.origin;
  if (origin === undefined || origin === 'null' || origin === publicOrigin) return false;
  try {
    return new URL(origin).host !== request.headers.host;
  } catch {
    return true;
  }
}

/**
 * The public consultation pages under /consult: server-rendered HTML with one stylesheet and no
 * script, in their own scope (form bodies, HTML error pages, their own caching and referrer
 * policy). Residents need no account; nothing they send is public before moderation.
 */
export async function registerPublicConsultationRoutes(
  app: FastifyInstance,
  { db, config }: RouteContext,
  content: ContentSource,
): Promise<void> {
  const publicOrigin = new URL(config.publicUrl).origin;
  const secret = config.sessionSecret;

  await app.register(async (scope) => {
    scope.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: FORM_BODY_LIMIT },
      (_request, body, done) => {
        done(null, Object.fromEntries(new URLSearchParams(String(body))));
      },
    );

    scope.addHook('onSend', async (request, reply) => {
      reply.header('referrer-policy', 'same-origin');
      if (!reply.hasHeader('cache-control')) {
        reply.header('cache-control', request.method === 'POST' ? 'no-store' : 'no-cache');
      }
    });

    const langOf = (request: FastifyRequest): Locale => {
      const lang = (request.query as { lang?: unknown } | undefined)?.lang;
      return typeof lang === 'string' && isLocale(lang) ? lang : 'en';
    };
    const bareLayout = (lang: Locale) => ({
      lang,
      languages: [lang],
      hrefFor: () => '',
      cityName: 'Concord',
    });

    scope.setErrorHandler((error: { statusCode?: number }, request, reply) => {
      const lang = langOf(request);
      const messages = publicMessages(lang);
      const status = error.statusCode ?? 500;
      if (status >= 500) request.log.error({ err: error }, 'public page failed');
      if (status === 413) {
        return sendHtml(
          reply,
          413,
          renderMessagePage(bareLayout(lang), {
            heading: messages.tooLargeTitle,
            paragraphs: [messages.tooLargeBody(COMMENT_MAX)],
          }),
        );
      }
      const [heading, body] =
        status >= 500
          ? [messages.errorTitle, messages.errorBody]
          : [messages.refusedTitle, messages.refusedBody];
      return sendHtml(
        reply,
        status >= 400 && status < 600 ? status : 500,
        renderMessagePage(bareLayout(lang), { heading, paragraphs: [body] }),
      );
    });

    const notFound = (request: FastifyRequest, reply: FastifyReply) => {
      const messages = publicMessages(langOf(request));
      return sendHtml(
        reply,
        404,
        renderMessagePage(bareLayout(langOf(request)), {
          heading: messages.notFoundTitle,
          paragraphs: [messages.notFoundBody],
        }),
      );
    };

    scope.get(CONSULT_CSS_PATH, async (_request, reply) =>
      reply
        .type('text/css; charset=utf-8')
        .header('cache-control', 'public, max-age=31536000, immutable')
        .send(CONSULT_CSS),
    );

    const layoutOf = (found: PublicConsultation, lang: Locale, path: (l: Locale) => string) => ({
      lang,
      languages: found.consultation.languages,
      hrefFor: path,
      cityName: found.cityName,
    });

    const renderPage = async (
      found: PublicConsultation,
      lang: Locale,
      form?: FormState,
    ): Promise<string> => {
      const page = await loadPublicPage(db, found, lang, await content.get());
      return renderConsultPage({
        view: page.view,
        slug: found.consultation.slug!,
        cityName: found.cityName,
        languages: found.consultation.languages,
        sourceLang: found.consultation.languages[0] ?? lang,
        phase: found.phase,
        statusText: page.statusText,
        comments: page.comments,
        formatDate: page.formatDate,
        nonce: createFormNonce(secret, found.consultation.slug!, new Date()),
        ...(form ? { form } : {}),
      });
    };

    scope.get('/consult/:slug', async (request: SlugRequest, reply) => {
      const found = await findPublicConsultation(db, request.params.slug, new Date());
      if (!found) return notFound(request, reply);
      const lang = chooseLanguage(
        found.consultation.languages,
        request.query.lang,
        request.headers['accept-language'],
      );
      reply.header('vary', 'accept-language');
      return sendHtml(reply, 200, await renderPage(found, lang));
    });

    scope.get('/consult/:slug/thanks', async (request: SlugRequest, reply) => {
      const found = await findPublicConsultation(db, request.params.slug, new Date());
      if (!found) return notFound(request, reply);
      const lang = chooseLanguage(found.consultation.languages, request.query.lang, undefined);
      const part = (request.query as { part?: unknown }).part;
      const anchor = typeof part === 'string' && /^p-[A-Za-z0-9-]{1,200}$/.test(part) ? part : '';
      const messages = publicMessages(lang);
      const path = (l: Locale) =>
        `/consult/${encodeURIComponent(request.params.slug)}/thanks?lang=${l}`;
      return sendHtml(
        reply,
        200,
        renderMessagePage(layoutOf(found, lang, path), {
          heading: messages.thanksTitle,
          paragraphs: [messages.thanksBody],
          back: `${consultPath(request.params.slug, lang)}${anchor ? `#${anchor}` : ''}`,
        }),
      );
    });

    scope.post(
      '/consult/:slug/comments',
      { bodyLimit: FORM_BODY_LIMIT },
      async (request: SlugRequest, reply) => {
        const now = new Date();
        const found = await findPublicConsultation(db, request.params.slug, now);
        if (!found) return notFound(request, reply);
        const { consultation } = found;
        const slug = consultation.slug!;
        const lang = chooseLanguage(consultation.languages, request.query.lang, undefined);
        const messages = publicMessages(lang);
        const layout = layoutOf(found, lang, (l) => consultPath(slug, l));
        const refuse = (status: number, heading: string, paragraphs: string[], comment?: string) =>
          sendHtml(
            reply,
            status,
            renderMessagePage(layout, {
              heading,
              paragraphs,
              back: consultPath(slug, lang),
              ...(comment ? { comment } : {}),
            }),
          );

        if (isCrossSite(request, publicOrigin)) {
          return refuse(403, messages.refusedTitle, [messages.refusedBody]);
        }
        const form = readCommentForm(request.body);
        const thanks = `/consult/${encodeURIComponent(slug)}/thanks?lang=${lang}&part=${anchorOf(form.part)}`;
        // Filled honeypot: answer exactly as for a real comment, so the program learns nothing.
        if (form.website !== '') return reply.code(303).header('location', thanks).send();

        if (found.phase !== 'open') {
          const format = createPublicFormatter(lang);
          return found.phase === 'closed'
            ? refuse(
                409,
                messages.closedTitle,
                [messages.closedBody(format.date(closedOnOf(consultation, found.timeZone)))],
                form.comment,
              )
            : refuse(
                409,
                messages.upcomingTitle,
                [messages.upcomingBody(format.date(consultation.opensOn))],
                form.comment,
              );
        }
        const nonce = checkFormNonce(secret, slug, form.nonce, now);
        if (nonce === 'invalid')
          return refuse(400, messages.refusedTitle, [messages.refusedBody], form.comment);

        const page = await loadPublicPage(db, found, lang, await content.get());
        if (!page.view.parts.some((part) => part.id === form.part)) {
          return refuse(400, messages.refusedTitle, [messages.unknownPart], form.comment);
        }
        const state = validateCommentForm(form, messages);
        if (nonce === 'expired')
          state.errors.push({ field: 'comment', message: messages.formExpired });
        if (state.errors.length > 0)
          return sendHtml(reply, 400, await renderPage(found, lang, state));

        try {
          await storeComment(db, {
            consultation,
            part: form.part,
            name: form.name,
            comment: form.comment,
            lang,
            ip: request.ip,
            secret,
            now,
          });
        } catch (error) {
          if (!(error instanceof CommentThrottled)) throw error;
          reply.header('retry-after', String(error.retryAfterSeconds));
          return refuse(
            429,
            messages.throttledTitle,
            [messages.throttledBody(Math.ceil(error.retryAfterSeconds / 60))],
            form.comment,
          );
        }
        return reply.code(303).header('location', thanks).send();
      },
    );
  });
}
