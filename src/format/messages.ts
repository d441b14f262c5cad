import type { FeedErrorKind } from '../data/feed-error.js';

/** Every string a widget shows a reader, in one language. */
export interface Messages {
  trending: string;
  keyPoints: string;
  sources: string;
  tags: string;
  /** Before the byline's author names: "By Jane Doe". */
  by: string;
  published: string;
  updated: string;
  retry: string;
  loading: string;
  empty: string;
  justNow: string;
  /** Shown over the last good copy when the network fails; `{time}` is "2 hours ago". */
  offline: string;
  /** Announced when a refresh brings new stories, by plural category; `{count}` is the number. */
  newStories: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
  error: Record<FeedErrorKind, string>;
}

const en: Messages = {
  trending: 'Trending',
  keyPoints: 'Key points',
  sources: 'Sources',
  tags: 'Tags',
  by: 'By',
  published: 'Published',
  updated: 'Updated',
  retry: 'Try again',
  loading: 'Loading news…',
  empty: 'No stories to show right now.',
  justNow: 'just now',
  offline: 'Offline: showing news from {time}.',
  newStories: { one: '1 new story', other: '{count} new stories' },
  error: {
    network: 'The news could not be loaded. Check your connection and try again.',
    http: 'The news service is not available right now.',
    timeout: 'The news is taking too long to load.',
    parse: 'This news feed could not be read.',
    format: 'This news feed could not be read.',
    'too-large': 'This news feed is too large to show.',
    'not-found': 'This story could not be found. It may have been removed.',
    'invalid-src': 'This news feed address is not valid.',
  },
};

const fr: Messages = {
  trending: 'Tendances',
  keyPoints: 'Points clés',
  sources: 'Sources',
  tags: 'Mots-clés',
  by: 'Par',
  published: 'Publié',
  updated: 'Mis à jour',
  retry: 'Réessayer',
  loading: 'Chargement des actualités…',
  empty: 'Aucun article à afficher pour le moment.',
  justNow: 'à l’instant',
  offline: 'Hors ligne : actualités enregistrées {time}.',
  newStories: { one: '{count} nouvel article', other: '{count} nouveaux articles' },
  error: {
    network: 'Impossible de charger les actualités. Vérifiez votre connexion et réessayez.',
    http: 'Le service d’actualités est indisponible pour le moment.',
    timeout: 'Le chargement des actualités prend trop de temps.',
    parse: 'Ce flux d’actualités est illisible.',
    format: 'Ce flux d’actualités est illisible.',
    'too-large': 'Ce flux d’actualités est trop volumineux pour être affiché.',
    'not-found': 'Cet article est introuvable. Il a peut-être été retiré.',
    'invalid-src': 'L’adresse de ce flux d’actualités n’est pas valide.',
  },
};

const de: Messages = {
  trending: 'Im Trend',
  keyPoints: 'Das Wichtigste',
  sources: 'Quellen',
  tags: 'Schlagwörter',
  by: 'Von',
  published: 'Veröffentlicht',
  updated: 'Aktualisiert',
  retry: 'Erneut versuchen',
  loading: 'Nachrichten werden geladen…',
  empty: 'Derzeit gibt es keine Meldungen.',
  justNow: 'gerade eben',
  offline: 'Offline: Nachrichten von {time}.',
  newStories: { one: '1 neue Meldung', other: '{count} neue Meldungen' },
  error: {
    network: 'Die Nachrichten konnten nicht geladen werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    http: 'Der Nachrichtendienst ist derzeit nicht erreichbar.',
    timeout: 'Das Laden der Nachrichten dauert zu lange.',
    parse: 'Dieser Nachrichten-Feed kann nicht gelesen werden.',
    format: 'Dieser Nachrichten-Feed kann nicht gelesen werden.',
    'too-large': 'Dieser Nachrichten-Feed ist zu groß für die Anzeige.',
    'not-found': 'Dieser Artikel wurde nicht gefunden. Vielleicht wurde er entfernt.',
    'invalid-src': 'Die Adresse dieses Nachrichten-Feeds ist ungültig.',
  },
};

const es: Messages = {
  trending: 'Tendencias',
  keyPoints: 'Puntos clave',
  sources: 'Fuentes',
  tags: 'Etiquetas',
  by: 'Por',
  published: 'Publicado',
  updated: 'Actualizado',
  retry: 'Reintentar',
  loading: 'Cargando noticias…',
  empty: 'No hay noticias que mostrar en este momento.',
  justNow: 'ahora mismo',
  offline: 'Sin conexión: noticias de {time}.',
  newStories: { one: '1 noticia nueva', other: '{count} noticias nuevas' },
  error: {
    network: 'No se pudieron cargar las noticias. Comprueba tu conexión y vuelve a intentarlo.',
    http: 'El servicio de noticias no está disponible en este momento.',
    timeout: 'Las noticias están tardando demasiado en cargar.',
    parse: 'No se puede leer este canal de noticias.',
    format: 'No se puede leer este canal de noticias.',
    'too-large': 'Este canal de noticias es demasiado grande para mostrarlo.',
    'not-found': 'No se encontró esta noticia. Puede que se haya retirado.',
    'invalid-src': 'La dirección de este canal de noticias no es válida.',
  },
};

const it: Messages = {
  trending: 'Di tendenza',
  keyPoints: 'Punti chiave',
  sources: 'Fonti',
  tags: 'Tag',
  by: 'Di',
  published: 'Pubblicato',
  updated: 'Aggiornato',
  retry: 'Riprova',
  loading: 'Caricamento delle notizie…',
  empty: 'Nessuna notizia da mostrare al momento.',
  justNow: 'adesso',
  offline: 'Offline: notizie di {time}.',
  newStories: { one: '1 nuova notizia', other: '{count} nuove notizie' },
  error: {
    network: 'Impossibile caricare le notizie. Controlla la connessione e riprova.',
    http: 'Il servizio di notizie non è disponibile al momento.',
    timeout: 'Il caricamento delle notizie sta richiedendo troppo tempo.',
    parse: 'Impossibile leggere questo feed di notizie.',
    format: 'Impossibile leggere questo feed di notizie.',
    'too-large': 'Questo feed di notizie è troppo grande per essere mostrato.',
    'not-found': 'Articolo non trovato. Potrebbe essere stato rimosso.',
    'invalid-src': 'L’indirizzo di questo feed di notizie non è valido.',
  },
};

const pt: Messages = {
  trending: 'Em alta',
  keyPoints: 'Pontos-chave',
  sources: 'Fontes',
  tags: 'Etiquetas',
  by: 'Por',
  published: 'Publicado',
  updated: 'Atualizado',
  retry: 'Tentar novamente',
  loading: 'Carregando notícias…',
  empty: 'Nenhuma notícia para mostrar no momento.',
  justNow: 'agora mesmo',
  offline: 'Sem conexão: notícias de {time}.',
  newStories: { one: '1 nova notícia', other: '{count} novas notícias' },
  error: {
    network: 'Não foi possível carregar as notícias. Verifique sua conexão e tente novamente.',
    http: 'O serviço de notícias não está disponível no momento.',
    timeout: 'As notícias estão demorando demais para carregar.',
    parse: 'Não foi possível ler este feed de notícias.',
    format: 'Não foi possível ler este feed de notícias.',
    'too-large': 'Este feed de notícias é grande demais para ser exibido.',
    'not-found': 'Esta notícia não foi encontrada. Ela pode ter sido removida.',
    'invalid-src': 'O endereço deste feed de notícias não é válido.',
  },
};

const nl: Messages = {
  trending: 'Populair',
  keyPoints: 'Belangrijkste punten',
  sources: 'Bronnen',
  tags: 'Tags',
  by: 'Door',
  published: 'Gepubliceerd',
  updated: 'Bijgewerkt',
  retry: 'Opnieuw proberen',
  loading: 'Nieuws laden…',
  empty: 'Er is op dit moment geen nieuws.',
  justNow: 'zojuist',
  offline: 'Offline: nieuws van {time}.',
  newStories: { one: '1 nieuw bericht', other: '{count} nieuwe berichten' },
  error: {
    network: 'Het nieuws kon niet worden geladen. Controleer je verbinding en probeer het opnieuw.',
    http: 'De nieuwsdienst is op dit moment niet beschikbaar.',
    timeout: 'Het laden van het nieuws duurt te lang.',
    parse: 'Deze nieuwsfeed kan niet worden gelezen.',
    format: 'Deze nieuwsfeed kan niet worden gelezen.',
    'too-large': 'Deze nieuwsfeed is te groot om te tonen.',
    'not-found': 'Dit artikel is niet gevonden. Misschien is het verwijderd.',
    'invalid-src': 'Het adres van deze nieuwsfeed is ongeldig.',
  },
};

const ar: Messages = {
  trending: 'الأكثر تداولًا',
  keyPoints: 'أبرز النقاط',
  sources: 'المصادر',
  tags: 'الوسوم',
  by: 'بقلم',
  published: 'نُشر',
  updated: 'حُدّث',
  retry: 'إعادة المحاولة',
  loading: 'جارٍ تحميل الأخبار…',
  empty: 'لا توجد أخبار لعرضها الآن.',
  justNow: 'الآن',
  offline: 'غير متصل: أخبار محفوظة {time}.',
  newStories: { one: 'خبر جديد واحد', two: 'خبران جديدان', few: '{count} أخبار جديدة', other: '{count} خبرًا جديدًا' },
  error: {
    network: 'تعذّر تحميل الأخبار. تحقّق من اتصالك وحاول مرة أخرى.',
    http: 'خدمة الأخبار غير متاحة حاليًا.',
    timeout: 'يستغرق تحميل الأخبار وقتًا طويلًا.',
    parse: 'تعذّرت قراءة موجز الأخبار هذا.',
    format: 'تعذّرت قراءة موجز الأخبار هذا.',
    'too-large': 'موجز الأخبار هذا أكبر من أن يُعرض.',
    'not-found': 'لم يُعثر على هذا الخبر. ربما أُزيل.',
    'invalid-src': 'عنوان موجز الأخبار هذا غير صالح.',
  },
};

const ja: Messages = {
  trending: '注目のニュース',
  keyPoints: '要点',
  sources: '出典',
  tags: 'タグ',
  by: '著者:',
  published: '公開',
  updated: '更新',
  retry: '再試行',
  loading: 'ニュースを読み込んでいます…',
  empty: '現在表示できるニュースはありません。',
  justNow: 'たった今',
  offline: 'オフライン：{time}のニュースを表示しています。',
  newStories: { other: '新着ニュース{count}件' },
  error: {
    network: 'ニュースを読み込めませんでした。接続を確認して、もう一度お試しください。',
    http: 'ニュースサービスは現在利用できません。',
    timeout: 'ニュースの読み込みに時間がかかりすぎています。',
    parse: 'このニュースフィードを読み取れません。',
    format: 'このニュースフィードを読み取れません。',
    'too-large': 'このニュースフィードは大きすぎて表示できません。',
    'not-found': 'この記事は見つかりませんでした。削除された可能性があります。',
    'invalid-src': 'このニュースフィードのアドレスは無効です。',
  },
};

const zh: Messages = {
  trending: '热门',
  keyPoints: '要点',
  sources: '来源',
  tags: '标签',
  by: '作者：',
  published: '发布于',
  updated: '更新于',
  retry: '重试',
  loading: '正在加载新闻…',
  empty: '暂时没有可显示的新闻。',
  justNow: '刚刚',
  offline: '离线：正在显示{time}的新闻。',
  newStories: { other: '{count} 条新消息' },
  error: {
    network: '无法加载新闻。请检查网络连接后重试。',
    http: '新闻服务暂时不可用。',
    timeout: '新闻加载时间过长。',
    parse: '无法读取此新闻源。',
    format: '无法读取此新闻源。',
    'too-large': '此新闻源过大，无法显示。',
    'not-found': '找不到这篇文章，可能已被删除。',
    'invalid-src': '此新闻源地址无效。',
  },
};

const MESSAGES: Record<string, Messages> = { en, fr, de, es, it, pt, nl, ar, ja, zh };

/** Languages with their own strings; any other falls back to English. */
export const MESSAGE_LANGUAGES = Object.keys(MESSAGES);

/** The strings for a BCP 47 tag, by its primary language; English when there are none. */
export function messagesFor(locale: string): Messages {
  return MESSAGES[primaryLanguage(locale)] ?? en;
}

/** `"pt-BR"` → `"pt"`. */
export function primaryLanguage(locale: string): string {
  return locale.split(/[-_]/)[0]!.toLowerCase();
}

/** A message with `{name}` placeholders filled in. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** "3 new stories" in the given locale's plural rules. */
export function newStoriesMessage(messages: Messages, locale: string, count: number): string {
  const category = new Intl.PluralRules(locale).select(count);
  return fill(messages.newStories[category] ?? messages.newStories.other, { count });
}
