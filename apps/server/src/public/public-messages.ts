import type { Locale } from '../modules/users/user.js';

/**
 * Every word of the public consultation pages, in each language a consultation can use. Plain
 * language, no jargon: residents are not officials. Numbers are inserted as figures.
 */
export interface PublicMessages {
  languageName: string;
  skipLink: string;
  languageNav: string;
  consultationOf: (city: string) => string;
  pageTitle: (title: string, city: string) => string;
  statusOpen: (date: string) => string;
  statusUpcoming: (date: string) => string;
  statusClosed: (date: string) => string;
  intro: string;
  framingHeading: string;
  definitionsHeading: string;
  definitionsIntro: string;
  commentsHeading: (part: string) => string;
  noComments: string;
  replyLabel: string;
  anonymous: string;
  formHeading: (part: string) => string;
  nameLabel: string;
  nameHint: string;
  commentLabel: string;
  commentHint: (max: number) => string;
  honeypotLabel: string;
  submit: string;
  privacy: string;
  errorSummaryTitle: string;
  errorPrefix: string;
  commentEmpty: string;
  commentTooLong: (length: number, max: number) => string;
  nameTooLong: (max: number) => string;
  formExpired: string;
  unknownPart: string;
  thanksTitle: string;
  thanksBody: string;
  backToConsultation: string;
  closedTitle: string;
  closedBody: (date: string) => string;
  upcomingTitle: string;
  upcomingBody: (date: string) => string;
  yourComment: string;
  throttledTitle: string;
  throttledBody: (minutes: number) => string;
  tooLargeTitle: string;
  tooLargeBody: (max: number) => string;
  refusedTitle: string;
  refusedBody: string;
  notFoundTitle: string;
  notFoundBody: string;
  errorTitle: string;
  errorBody: string;
  howCommentsAreUsedHeading: string;
  howCommentsAreUsed: string;
  footer: (city: string) => string;
}

const EN: PublicMessages = {
  languageName: 'English',
  skipLink: 'Skip to main content',
  languageNav: 'Language',
  consultationOf: (city) => `${city}: public consultation`,
  pageTitle: (title, city) => `${title} – ${city}`,
  statusOpen: (date) => `Open for comments until ${date}.`,
  statusUpcoming: (date) => `Comments open on ${date}. You can already read the draft.`,
  statusClosed: (date) => `This consultation closed on ${date}. It no longer takes comments.`,
  intro:
    'The city is preparing its strategy and wants to hear what residents think. Read each part below and leave a comment. You do not need an account.',
  framingHeading: 'About this consultation',
  definitionsHeading: 'Key terms',
  definitionsIntro: 'What these words mean in the strategy.',
  commentsHeading: (part) => `Published comments on “${part}”`,
  noComments: 'No published comments yet.',
  replyLabel: 'Reply from the city',
  anonymous: 'A resident',
  formHeading: (part) => `Comment on “${part}”`,
  nameLabel: 'Your name (optional)',
  nameHint:
    'Leave it empty to comment without a name. If you give one, it is shown with your comment.',
  commentLabel: 'Your comment',
  commentHint: (max) =>
    `Up to ${max} characters. Do not include personal details about yourself or anyone else.`,
  honeypotLabel: 'Leave this field empty',
  submit: 'Send comment',
  privacy:
    'We do not ask for your email or address, and we do not keep your internet address with your comment.',
  errorSummaryTitle: 'There is a problem',
  errorPrefix: 'Error:',
  commentEmpty: 'Enter your comment.',
  commentTooLong: (length, max) =>
    `Your comment has ${length} characters. Shorten it to ${max} characters or fewer.`,
  nameTooLong: (max) => `Use ${max} characters or fewer for your name.`,
  formExpired: 'This page was open for a long time. Check your comment and send it again.',
  unknownPart: 'This part of the consultation cannot take comments. Choose a part on the page.',
  thanksTitle: 'Thank you for your comment',
  thanksBody:
    'We have received your comment. It will appear on the consultation page after someone at the city has read it.',
  backToConsultation: 'Back to the consultation',
  closedTitle: 'This consultation is closed',
  closedBody: (date) =>
    `Your comment was not sent because the consultation closed on ${date}. Your comment is below, so you can keep a copy.`,
  upcomingTitle: 'This consultation is not open yet',
  upcomingBody: (date) =>
    `Comments open on ${date}. Your comment was not sent; it is below, so you can keep a copy.`,
  yourComment: 'Your comment',
  throttledTitle: 'Please wait before sending more comments',
  throttledBody: (minutes) =>
    `We received many comments from your connection in a short time. The comments you sent before are safe. Wait ${minutes} minutes, then send this one again. It is below, so you can copy it.`,
  tooLargeTitle: 'Your comment is too long',
  tooLargeBody: (max) =>
    `Go back and shorten your comment to ${max} characters or fewer, then send it again.`,
  refusedTitle: 'Your comment could not be sent',
  refusedBody: 'Open the consultation page again and send your comment from there.',
  notFoundTitle: 'Page not found',
  notFoundBody: 'Check the address you were given. If you typed it, check every letter.',
  errorTitle: 'Sorry, something went wrong',
  errorBody: 'Please try again in a few minutes.',
  howCommentsAreUsedHeading: 'How your comments are used',
  howCommentsAreUsed:
    'Someone at the city reads every comment before it is published here. Comments with personal details, insults or threats are not published. A summary of what residents said goes into the city’s record of consultations, together with what changed because of it.',
  footer: (city) => `Published by ${city} with Concord, open-source software.`,
};

const FR: PublicMessages = {
  languageName: 'Français',
  skipLink: 'Aller au contenu principal',
  languageNav: 'Langue',
  consultationOf: (city) => `${city} : consultation publique`,
  pageTitle: (title, city) => `${title} – ${city}`,
  statusOpen: (date) => `Ouverte aux commentaires jusqu’au ${date}.`,
  statusUpcoming: (date) =>
    `Les commentaires seront ouverts le ${date}. Vous pouvez déjà lire le projet.`,
  statusClosed: (date) =>
    `Cette consultation s’est terminée le ${date}. Elle ne reçoit plus de commentaires.`,
  intro:
    'La ville prépare sa stratégie et veut connaître l’avis des habitants. Lisez chaque partie ci-dessous et laissez un commentaire. Aucun compte n’est nécessaire.',
  framingHeading: 'À propos de cette consultation',
  definitionsHeading: 'Termes clés',
  definitionsIntro: 'Ce que ces mots veulent dire dans la stratégie.',
  commentsHeading: (part) => `Commentaires publiés sur « ${part} »`,
  noComments: 'Aucun commentaire publié pour l’instant.',
  replyLabel: 'Réponse de la ville',
  anonymous: 'Un habitant',
  formHeading: (part) => `Commenter « ${part} »`,
  nameLabel: 'Votre nom (facultatif)',
  nameHint:
    'Laissez ce champ vide pour commenter sans nom. Si vous l’indiquez, il est affiché avec votre commentaire.',
  commentLabel: 'Votre commentaire',
  commentHint: (max) =>
    `${max} caractères au maximum. N’indiquez pas d’informations personnelles sur vous ou sur d’autres personnes.`,
  honeypotLabel: 'Laissez ce champ vide',
  submit: 'Envoyer le commentaire',
  privacy:
    'Nous ne demandons ni votre e-mail ni votre adresse, et nous ne gardons pas votre adresse internet avec votre commentaire.',
  errorSummaryTitle: 'Il y a un problème',
  errorPrefix: 'Erreur :',
  commentEmpty: 'Écrivez votre commentaire.',
  commentTooLong: (length, max) =>
    `Votre commentaire compte ${length} caractères. Raccourcissez-le à ${max} caractères au maximum.`,
  nameTooLong: (max) => `Votre nom doit compter ${max} caractères au maximum.`,
  formExpired:
    'Cette page est restée ouverte longtemps. Vérifiez votre commentaire et envoyez-le à nouveau.',
  unknownPart:
    'Cette partie de la consultation ne reçoit pas de commentaires. Choisissez une partie de la page.',
  thanksTitle: 'Merci pour votre commentaire',
  thanksBody:
    'Nous avons bien reçu votre commentaire. Il apparaîtra sur la page de la consultation après avoir été lu par une personne de la ville.',
  backToConsultation: 'Retour à la consultation',
  closedTitle: 'Cette consultation est terminée',
  closedBody: (date) =>
    `Votre commentaire n’a pas été envoyé, car la consultation s’est terminée le ${date}. Il figure ci-dessous pour que vous puissiez en garder une copie.`,
  upcomingTitle: 'Cette consultation n’est pas encore ouverte',
  upcomingBody: (date) =>
    `Les commentaires seront ouverts le ${date}. Votre commentaire n’a pas été envoyé ; il figure ci-dessous pour que vous puissiez en garder une copie.`,
  yourComment: 'Votre commentaire',
  throttledTitle: 'Merci de patienter avant d’envoyer d’autres commentaires',
  throttledBody: (minutes) =>
    `Nous avons reçu beaucoup de commentaires depuis votre connexion en peu de temps. Vos commentaires précédents sont bien enregistrés. Attendez ${minutes} minutes, puis envoyez celui-ci à nouveau. Il figure ci-dessous pour que vous puissiez le copier.`,
  tooLargeTitle: 'Votre commentaire est trop long',
  tooLargeBody: (max) =>
    `Revenez en arrière et raccourcissez votre commentaire à ${max} caractères au maximum, puis envoyez-le à nouveau.`,
  refusedTitle: 'Votre commentaire n’a pas pu être envoyé',
  refusedBody:
    'Ouvrez à nouveau la page de la consultation et envoyez votre commentaire depuis celle-ci.',
  notFoundTitle: 'Page introuvable',
  notFoundBody:
    'Vérifiez l’adresse que vous avez reçue. Si vous l’avez tapée, vérifiez chaque lettre.',
  errorTitle: 'Désolés, un problème est survenu',
  errorBody: 'Réessayez dans quelques minutes.',
  howCommentsAreUsedHeading: 'Ce que deviennent vos commentaires',
  howCommentsAreUsed:
    'Une personne de la ville lit chaque commentaire avant sa publication ici. Les commentaires contenant des informations personnelles, des insultes ou des menaces ne sont pas publiés. Un résumé de ce que les habitants ont dit entre dans le registre des consultations de la ville, avec ce qui a changé en conséquence.',
  footer: (city) => `Publié par ${city} avec Concord, un logiciel libre.`,
};

// In Arabic, an inserted name or title (often in Latin script) is isolated so its punctuation
// cannot jump to the wrong end of the line (U+2068 first-strong isolate, U+2069 pop).
const isolate = (text: string) => `\u2068${text}\u2069`;

const AR: PublicMessages = {
  languageName: 'العربية',
  skipLink: 'انتقل إلى المحتوى الرئيسي',
  languageNav: 'اللغة',
  consultationOf: (city) => `${isolate(city)}: استشارة عامة`,
  pageTitle: (title, city) => `${isolate(title)} – ${isolate(city)}`,
  statusOpen: (date) => `التعليقات مفتوحة حتى ${date}.`,
  statusUpcoming: (date) => `تُفتح التعليقات في ${date}. يمكنك قراءة المسودة من الآن.`,
  statusClosed: (date) => `انتهت هذه الاستشارة في ${date}، ولم تعد تستقبل تعليقات.`,
  intro:
    'تُعدّ المدينة استراتيجيتها وتريد أن تعرف رأي السكان. اقرأ كل جزء أدناه واترك تعليقك. لا تحتاج إلى حساب.',
  framingHeading: 'عن هذه الاستشارة',
  definitionsHeading: 'المصطلحات الأساسية',
  definitionsIntro: 'معنى هذه الكلمات في الاستراتيجية.',
  commentsHeading: (part) => `التعليقات المنشورة على «${isolate(part)}»`,
  noComments: 'لا توجد تعليقات منشورة بعد.',
  replyLabel: 'رد المدينة',
  anonymous: 'أحد السكان',
  formHeading: (part) => `علّق على «${isolate(part)}»`,
  nameLabel: 'اسمك (اختياري)',
  nameHint: 'اتركه فارغًا للتعليق دون اسم. إذا كتبته، فسيظهر مع تعليقك.',
  commentLabel: 'تعليقك',
  commentHint: (max) => `حتى ${max} حرف. لا تذكر معلومات شخصية عنك أو عن أي شخص آخر.`,
  honeypotLabel: 'اترك هذا الحقل فارغًا',
  submit: 'أرسل التعليق',
  privacy: 'لا نطلب بريدك الإلكتروني ولا عنوانك، ولا نحتفظ بعنوان الإنترنت الخاص بك مع تعليقك.',
  errorSummaryTitle: 'توجد مشكلة',
  errorPrefix: 'خطأ:',
  commentEmpty: 'اكتب تعليقك.',
  commentTooLong: (length, max) => `عدد أحرف تعليقك ${length}. اختصره إلى ${max} حرف أو أقل.`,
  nameTooLong: (max) => `استخدم ${max} حرف أو أقل لاسمك.`,
  formExpired: 'بقيت هذه الصفحة مفتوحة مدة طويلة. راجع تعليقك وأرسله مرة أخرى.',
  unknownPart: 'لا يقبل هذا الجزء من الاستشارة التعليقات. اختر جزءًا من الصفحة.',
  thanksTitle: 'شكرًا على تعليقك',
  thanksBody: 'وصلنا تعليقك. سيظهر على صفحة الاستشارة بعد أن يقرأه أحد العاملين في المدينة.',
  backToConsultation: 'العودة إلى الاستشارة',
  closedTitle: 'هذه الاستشارة مغلقة',
  closedBody: (date) =>
    `لم يُرسل تعليقك لأن الاستشارة انتهت في ${date}. تعليقك مكتوب أدناه لتحتفظ بنسخة منه.`,
  upcomingTitle: 'هذه الاستشارة لم تُفتح بعد',
  upcomingBody: (date) =>
    `تُفتح التعليقات في ${date}. لم يُرسل تعليقك، وهو مكتوب أدناه لتحتفظ بنسخة منه.`,
  yourComment: 'تعليقك',
  throttledTitle: 'يُرجى الانتظار قبل إرسال مزيد من التعليقات',
  throttledBody: (minutes) =>
    `وصلنا عدد كبير من التعليقات من اتصالك في وقت قصير. التعليقات التي أرسلتها من قبل محفوظة. انتظر ${minutes} دقيقة، ثم أرسل هذا التعليق مرة أخرى. وهو مكتوب أدناه لتنسخه.`,
  tooLargeTitle: 'تعليقك طويل جدًا',
  tooLargeBody: (max) =>
    `عد إلى الصفحة السابقة واختصر تعليقك إلى ${max} حرف أو أقل، ثم أرسله مرة أخرى.`,
  refusedTitle: 'تعذّر إرسال تعليقك',
  refusedBody: 'افتح صفحة الاستشارة مرة أخرى وأرسل تعليقك منها.',
  notFoundTitle: 'الصفحة غير موجودة',
  notFoundBody: 'تحقق من العنوان الذي وصلك. إذا كتبته بنفسك، فتحقق من كل حرف.',
  errorTitle: 'عذرًا، حدث خطأ',
  errorBody: 'حاول مرة أخرى بعد بضع دقائق.',
  howCommentsAreUsedHeading: 'كيف تُستخدم تعليقاتك',
  howCommentsAreUsed:
    'يقرأ أحد العاملين في المدينة كل تعليق قبل نشره هنا. لا تُنشر التعليقات التي تتضمن معلومات شخصية أو إهانات أو تهديدات. يُضاف ملخص لما قاله السكان إلى سجل الاستشارات في المدينة، مع ما تغيّر بسببه.',
  footer: (city) => `نشرتها ${isolate(city)} باستخدام Concord، وهو برنامج مفتوح المصدر.`,
};

const MESSAGES: Record<Locale, PublicMessages> = { en: EN, fr: FR, ar: AR };

export function publicMessages(locale: Locale): PublicMessages {
  return MESSAGES[locale];
}
