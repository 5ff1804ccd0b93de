"""Typed phenomena tags of the 50 November second annotations, re-decided on the pages as they are now (2026-12).

The templates of these pages changed after the November second annotation (text, headline, dates and authors did not).
For each page the typed tags (GUIDELINES section 10, every tag except the eight mechanical ones) were decided again from
the current raw_html/<id>.html; this script rewrites only the `phenomena` field of gold/second/<id>.json as these typed
tags plus the mechanical tags already in the file. No other field is touched.

Run from the repository root: `python corpus/second/retag_2026_12.py`.
"""
import json
import pathlib
import sys

REPO = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "src"))

from newsbench.corpus.profile import MECHANICAL_TAGS  # noqa: E402

TYPED = {
    'alwaha-news-02': [
        'ad-slots', 'agency-byline', 'article-per-teaser', 'cookie-banner', 'date-in-url', 'dateline', 'decoy-date',
        'footer-links', 'iframe-embeds', 'inline-video-teaser', 'json-ld', 'local-time-zone', 'localized-date',
        'most-read', 'nav-menu', 'related-list', 'rtl', 'share-bar', 'split-body', 'tag-list', 'teasers-in-article'
    ],
    'alwaha-news-04': [
        'ad-slots', 'comments', 'decoy-date', 'footer-links', 'legacy-encoding', 'local-time-zone',
        'localized-date', 'most-read', 'nav-menu', 'photo-caption', 'pull-quote', 'related-list', 'rtl',
        'share-bar', 'standfirst', 'tag-list', 'title-differs-from-headline'
    ],
    'capital-ticker-02': [
        'ad-slots', 'cookie-banner', 'decoy-date', 'footer-links', 'kicker', 'local-time-zone', 'localized-date',
        'microdata', 'most-read', 'multiple-authors', 'nav-menu', 'newsletter-box', 'related-list', 'share-bar',
        'standfirst', 'subheadings', 'tag-list', 'teasers-in-article'
    ],
    'capital-ticker-06': [
        'ad-slots', 'article-per-teaser', 'cookie-banner', 'decoy-date', 'footer-links', 'json-ld',
        'local-time-zone', 'localized-date', 'most-read', 'multiple-authors', 'nav-menu', 'newsletter-box',
        'photo-caption', 'related-list', 'share-bar', 'split-body', 'standfirst', 'subheadings', 'tag-list',
        'teasers-in-article'
    ],
    'cierzo-digital-02': [
        'ad-slots', 'article-per-teaser', 'comments', 'cookie-banner', 'date-in-url', 'decoy-date', 'embedded-post',
        'footer-links', 'json-ld', 'local-time-zone', 'localized-date', 'most-read', 'multiple-authors', 'nav-menu',
        'newsletter-box', 'photo-caption', 'related-list', 'share-bar', 'standfirst', 'tag-list',
        'teasers-in-article', 'updated-date'
    ],
    'cierzo-digital-04': [
        'ad-slots', 'article-per-teaser', 'comments', 'cookie-banner', 'date-in-url', 'decoy-date', 'footer-links',
        'json-ld', 'local-time-zone', 'localized-date', 'most-read', 'nav-menu', 'newsletter-box', 'photo-caption',
        'pull-quote', 'related-list', 'share-bar', 'tag-list'
    ],
    'daily-clarion-02': [
        'ad-slots', 'comments', 'cookie-banner', 'date-in-url', 'decoy-date', 'footer-links', 'iframe-embeds',
        'image-gallery', 'inline-video-teaser', 'json-ld', 'kicker', 'local-time-zone', 'localized-date',
        'most-read', 'multiple-authors', 'nav-menu', 'newsletter-box', 'photo-caption', 'related-list', 'share-bar',
        'split-body', 'tag-list', 'teasers-in-article', 'updated-date'
    ],
    'daily-clarion-06': [
        'ad-slots', 'cookie-banner', 'decoy-date', 'footer-links', 'html-entities', 'json-ld', 'kicker',
        'local-time-zone', 'localized-date', 'most-read', 'nav-menu', 'related-list', 'share-bar', 'short-article',
        'split-body', 'tag-list', 'teasers-in-article'
    ],
    'dishabodh-news-02': [
        'ad-slots', 'cookie-banner', 'decoy-date', 'footer-links', 'inline-related', 'inline-video-teaser',
        'json-ld', 'kicker', 'local-time-zone', 'localized-date', 'nav-menu', 'photo-caption', 'related-list',
        'share-bar', 'tag-list', 'teasers-in-article', 'updated-date'
    ],
    'dishabodh-news-04': [
        'ad-slots', 'author-bio', 'cookie-banner', 'date-in-url', 'decoy-date', 'footer-links', 'json-ld', 'kicker',
        'local-time-zone', 'localized-date', 'nav-menu', 'photo-caption', 'related-list', 'share-bar', 'standfirst',
        'tag-list', 'teasers-in-article', 'title-differs-from-headline'
    ],
    'gangnan-kuaixun-02': [
        'ad-slots', 'cjk', 'decoy-date', 'footer-links', 'local-time-zone', 'localized-date', 'most-read',
        'nav-menu', 'newsletter-box', 'related-list', 'share-bar', 'subheadings', 'table-layout', 'tag-list',
        'teasers-in-article', 'updated-date'
    ],
    'gangnan-kuaixun-06': [
        'ad-slots', 'cjk', 'date-in-url', 'decoy-date', 'footer-links', 'json-ld', 'kicker', 'local-time-zone',
        'localized-date', 'most-read', 'nav-menu', 'newsletter-box', 'related-list', 'share-bar', 'table-in-body',
        'table-layout', 'tag-list', 'teasers-in-article'
    ],
    'gazzetta-del-lario-02': [
        'ad-slots', 'cookie-banner', 'decoy-date', 'footer-links', 'inline-related', 'json-ld', 'kicker',
        'local-time-zone', 'localized-date', 'most-read', 'nav-menu', 'newsletter-box', 'next-article-appended',
        'related-list', 'share-bar', 'standfirst', 'subheadings', 'tag-list', 'teasers-in-article'
    ],
    'gazzetta-del-lario-06': [
        'ad-slots', 'cookie-banner', 'date-in-url', 'decoy-date', 'footer-links', 'json-ld', 'kicker',
        'list-in-body', 'local-time-zone', 'localized-date', 'most-read', 'nav-menu', 'next-article-appended',
        'related-list', 'share-bar', 'standfirst', 'subheadings', 'tag-list', 'teasers-in-article'
    ],
    'hanbit-ilbo-02': [
        'ad-slots', 'cjk', 'decoy-date', 'footer-links', 'json-ld', 'local-time-zone', 'localized-date',
        'most-read', 'nav-menu', 'newsletter-box', 'photo-caption', 'related-list', 'share-bar',
        'spa-hydration-data', 'standfirst', 'subheadings', 'tag-list'
    ],
    'hanbit-ilbo-06': [
        'ad-slots', 'cjk', 'comments', 'date-in-url', 'decoy-date', 'footer-links', 'html-entities',
        'local-time-zone', 'localized-date', 'most-read', 'nav-menu', 'newsletter-box', 'related-list', 'share-bar',
        'standfirst', 'table-in-body', 'tag-list', 'teasers-in-article', 'title-differs-from-headline',
        'updated-date'
    ],
    'jiangfeng-news-02': [
        'ad-slots', 'cjk', 'comments', 'date-only-in-metadata', 'decoy-date', 'footer-links', 'json-ld',
        'legacy-encoding', 'local-time-zone', 'most-read', 'multiple-authors', 'nav-menu', 'no-visible-date',
        'related-list', 'share-bar', 'subheadings', 'tag-list'
    ],
    'jiangfeng-news-04': [
        'ad-slots', 'cjk', 'comments', 'cookie-banner', 'decoy-date', 'footer-links', 'json-ld', 'list-in-body',
        'local-time-zone', 'localized-date', 'most-read', 'multiple-authors', 'nav-menu', 'photo-caption',
        'related-list', 'share-bar', 'subheadings', 'tag-list'
    ],
    'kabar-nusantara-02': [
        'ad-slots', 'comments', 'cookie-banner', 'date-only-in-metadata', 'dateline', 'decoy-date', 'footer-links',
        'inline-related', 'json-ld', 'local-time-zone', 'most-read', 'nav-menu', 'newsletter-box', 'photo-caption',
        'related-list', 'relative-date', 'share-bar', 'tag-list', 'teasers-in-article'
    ],
    'kabar-nusantara-06': [
        'ad-slots', 'comments', 'cookie-banner', 'date-in-url', 'dateline', 'decoy-date', 'footer-links', 'json-ld',
        'local-time-zone', 'localized-date', 'most-read', 'nav-menu', 'newsletter-box', 'paginated',
        'photo-caption', 'related-list', 'share-bar', 'tag-list', 'teasers-in-article'
    ],
    'kaveri-ledger-02': [
        'ad-slots', 'cookie-banner', 'decoy-date', 'footer-links', 'inline-related', 'inline-video-teaser',
        'invisible-chars', 'json-ld', 'local-time-zone', 'localized-date', 'most-read', 'nav-menu',
        'newsletter-box', 'photo-caption', 'related-list', 'share-bar', 'split-body', 'standfirst', 'tag-list',
        'teasers-in-article', 'updated-date'
    ],
    'kaveri-ledger-04': [
        'ad-slots', 'cookie-banner', 'dateline', 'decoy-date', 'footer-links', 'html-entities', 'inline-related',
        'inline-video-teaser', 'invisible-chars', 'json-ld', 'list-in-body', 'local-time-zone', 'localized-date',
        'most-read', 'nav-menu', 'newsletter-box', 'photo-caption', 'related-list', 'share-bar', 'split-body',
        'tag-list', 'teasers-in-article'
    ],
    'kazahana-news-02': [
        'ad-slots', 'cjk', 'cookie-banner', 'correction-note', 'date-in-url', 'decoy-date', 'footer-links',
        'kicker', 'legacy-encoding', 'local-time-zone', 'localized-date', 'microdata', 'most-read',
        'multiple-authors', 'nav-menu', 'newsletter-box', 'related-list', 'share-bar', 'subheadings', 'tag-list',
        'teasers-in-article', 'updated-date'
    ],
    'kazahana-news-04': [
        'ad-slots', 'cjk', 'comments', 'cookie-banner', 'date-in-url', 'decoy-date', 'footer-links',
        'iframe-embeds', 'inline-video-teaser', 'json-ld', 'kicker', 'list-in-body', 'local-time-zone',
        'localized-date', 'most-read', 'multiple-authors', 'nav-menu', 'related-list', 'share-bar', 'subheadings',
        'tag-list', 'teasers-in-article'
    ],
    'lumen-dispatch-02': [
        'ad-slots', 'cookie-banner', 'decoy-date', 'footer-links', 'json-ld', 'kicker', 'list-in-body',
        'local-time-zone', 'localized-date', 'most-read', 'nav-menu', 'newsletter-box', 'noscript-content',
        'related-list', 'share-bar', 'spa-hydration-data', 'standfirst', 'subheadings',
        'title-differs-from-headline'
    ],
    'lumen-dispatch-06': [
        'ad-slots', 'cookie-banner', 'date-in-url', 'decoy-date', 'footer-links', 'json-ld', 'list-in-body',
        'local-time-zone', 'localized-date', 'most-read', 'multiple-authors', 'nav-menu', 'newsletter-box',
        'photo-caption', 'related-list', 'share-bar', 'spa-hydration-data', 'standfirst', 'tag-list'
    ],
    'lvivskyi-kurier-02': [
        'ad-slots', 'comments', 'cookie-banner', 'correction-note', 'decoy-date', 'footer-links', 'legacy-encoding',
        'local-time-zone', 'localized-date', 'most-read', 'nav-menu', 'newsletter-box', 'photo-caption',
        'related-list', 'share-bar', 'standfirst', 'tag-list', 'teasers-in-article', 'updated-date'
    ],
    'lvivskyi-kurier-06': [
        'ad-slots', 'comments', 'cookie-banner', 'decoy-date', 'footer-links', 'invisible-chars', 'json-ld',
        'local-time-zone', 'localized-date', 'most-read', 'nav-menu', 'newsletter-box', 'related-list', 'share-bar',
        'standfirst', 'subheadings', 'tag-list', 'teasers-in-article'
    ],
    'margin-notes-02': [
        'author-bio', 'comments', 'cookie-banner', 'decoy-date', 'footer-links', 'json-ld', 'localized-date',
        'nav-menu', 'newsletter-box', 'related-list', 'share-bar', 'standfirst', 'subheadings', 'teasers-in-article'
    ],
    'margin-notes-06': [
        'author-bio', 'cookie-banner', 'decoy-date', 'embedded-post', 'footer-links', 'iframe-embeds', 'json-ld',
        'localized-date', 'most-read', 'nav-menu', 'newsletter-box', 'photo-caption', 'related-list', 'share-bar',
        'standfirst', 'subheadings'
    ],
    'nieuwsbode-drenthe-02': [
        'cookie-banner', 'date-in-url', 'decoy-date', 'footer-links', 'inline-video-teaser', 'json-ld', 'kicker',
        'local-time-zone', 'localized-date', 'most-read', 'multiple-authors', 'nav-menu', 'newsletter-box',
        'related-list', 'share-bar', 'standfirst', 'subheadings', 'tag-list', 'teasers-in-article',
        'title-differs-from-headline', 'updated-date'
    ],
    'nieuwsbode-drenthe-06': [
        'cookie-banner', 'date-in-url', 'decoy-date', 'embedded-post', 'footer-links', 'json-ld', 'kicker',
        'local-time-zone', 'localized-date', 'most-read', 'nav-menu', 'related-list', 'share-bar', 'standfirst',
        'subheadings', 'tag-list', 'updated-date'
    ],
    'northgate-ledger-02': [
        'ad-slots', 'cookie-banner', 'decoy-date', 'footer-links', 'json-ld', 'list-in-body', 'local-time-zone',
        'most-read', 'nav-menu', 'newsletter-box', 'photo-caption', 'related-list', 'spa-hydration-data',
        'standfirst', 'tag-list', 'title-differs-from-headline', 'updated-date'
    ],
    'northgate-ledger-04': [
        'ad-slots', 'cookie-banner', 'correction-note', 'decoy-date', 'footer-links', 'html-entities', 'json-ld',
        'local-time-zone', 'localized-date', 'most-read', 'nav-menu', 'newsletter-box', 'noscript-content',
        'photo-caption', 'related-list', 'share-bar', 'spa-hydration-data', 'tag-list', 'updated-date'
    ],
    'porto-agora-02': [
        'ad-slots', 'cookie-banner', 'decoy-date', 'footer-links', 'json-ld', 'local-time-zone', 'localized-date',
        'most-read', 'nav-menu', 'newsletter-box', 'noscript-content', 'photo-caption', 'related-list', 'share-bar',
        'standfirst', 'table-in-body', 'title-differs-from-headline'
    ],
    'porto-agora-06': [
        'ad-slots', 'agency-byline', 'cookie-banner', 'dateline', 'decoy-date', 'footer-links', 'json-ld',
        'local-time-zone', 'localized-date', 'most-read', 'nav-menu', 'newsletter-box', 'noscript-content',
        'photo-caption', 'related-list', 'share-bar', 'standfirst', 'title-differs-from-headline'
    ],
    'saebyeok-news-02': [
        'ad-slots', 'cjk', 'comments', 'decoy-date', 'footer-links', 'json-ld', 'local-time-zone', 'most-read',
        'nav-menu', 'photo-caption', 'related-list', 'share-bar', 'subheadings', 'tag-list', 'teasers-in-article',
        'updated-date'
    ],
    'saebyeok-news-06': [
        'ad-slots', 'cjk', 'comments', 'decoy-date', 'footer-links', 'json-ld', 'local-time-zone', 'malformed-html',
        'most-read', 'nav-menu', 'photo-caption', 'related-list', 'share-bar', 'tag-list', 'teasers-in-article'
    ],
    'skor-anadolu-02': [
        'ad-slots', 'comments', 'cookie-banner', 'decoy-date', 'footer-links', 'json-ld', 'local-time-zone',
        'localized-date', 'most-read', 'nav-menu', 'newsletter-box', 'related-list', 'share-bar', 'standfirst',
        'subheadings', 'table-in-body', 'tag-list'
    ],
    'skor-anadolu-06': [
        'ad-slots', 'comments', 'cookie-banner', 'decoy-date', 'footer-links', 'json-ld', 'legacy-encoding',
        'local-time-zone', 'localized-date', 'most-read', 'multiple-authors', 'nav-menu', 'newsletter-box',
        'related-list', 'share-bar', 'standfirst', 'subheadings', 'table-in-body', 'tag-list'
    ],
    'tidewater-live-02': [
        'ad-slots', 'article-per-teaser', 'cookie-banner', 'date-only-in-metadata', 'decoy-date', 'footer-links',
        'json-ld', 'kicker', 'list-in-body', 'live-blog-entries', 'local-time-zone', 'most-read', 'nav-menu',
        'related-list', 'relative-date', 'share-bar', 'subheadings', 'tag-list', 'teasers-in-article',
        'updated-date'
    ],
    'tidewater-live-06': [
        'ad-slots', 'cookie-banner', 'date-only-in-metadata', 'decoy-date', 'embedded-post', 'footer-links',
        'json-ld', 'kicker', 'list-in-body', 'live-blog-entries', 'local-time-zone', 'most-read', 'nav-menu',
        'related-list', 'relative-date', 'share-bar', 'subheadings', 'tag-list', 'teasers-in-article',
        'title-differs-from-headline', 'updated-date'
    ],
    'vauban-presse-02': [
        'ad-slots', 'agency-byline', 'amp', 'cookie-banner', 'date-in-url', 'decoy-date', 'footer-links', 'json-ld',
        'kicker', 'local-time-zone', 'localized-date', 'most-read', 'nav-menu', 'paginated', 'related-list',
        'share-bar', 'subheadings', 'tag-list', 'teasers-in-article'
    ],
    'vauban-presse-04': [
        'ad-slots', 'agency-byline', 'amp', 'cookie-banner', 'dateline', 'decoy-date', 'footer-links', 'json-ld',
        'kicker', 'local-time-zone', 'localized-date', 'most-read', 'nav-menu', 'photo-caption', 'related-list',
        'share-bar', 'standfirst', 'subheadings', 'table-in-body', 'tag-list', 'teasers-in-article',
        'title-differs-from-headline', 'updated-date'
    ],
    'weserland-rundfunk-02': [
        'author-bio', 'cookie-banner', 'correction-note', 'decoy-date', 'footer-links', 'json-ld', 'kicker',
        'list-in-body', 'local-time-zone', 'localized-date', 'most-read', 'nav-menu', 'newsletter-box',
        'pull-quote', 'related-list', 'share-bar', 'split-body', 'standfirst', 'subheadings', 'tag-list',
        'updated-date'
    ],
    'weserland-rundfunk-04': [
        'cookie-banner', 'decoy-date', 'footer-links', 'inline-related', 'inline-video-teaser', 'json-ld', 'kicker',
        'local-time-zone', 'localized-date', 'most-read', 'nav-menu', 'next-article-appended', 'related-list',
        'share-bar', 'split-body', 'subheadings', 'table-in-body', 'tag-list', 'teasers-in-article',
        'title-differs-from-headline'
    ],
    'wireline-pr-02': [
        'cookie-banner', 'date-in-url', 'dateline', 'decoy-date', 'footer-links', 'list-in-body', 'local-time-zone',
        'localized-date', 'most-read', 'nav-menu', 'newsletter-box', 'no-metadata', 'related-list', 'share-bar',
        'subheadings', 'tag-list'
    ],
    'wireline-pr-06': [
        'cookie-banner', 'date-only-in-metadata', 'dateline', 'decoy-date', 'footer-links', 'json-ld',
        'local-time-zone', 'most-read', 'nav-menu', 'newsletter-box', 'no-visible-date', 'photo-caption',
        'related-list', 'share-bar', 'subheadings', 'tag-list'
    ],
    'zarechye-info-02': [
        'ad-slots', 'comments', 'decoy-date', 'footer-links', 'html-entities', 'legacy-encoding', 'list-in-body',
        'local-time-zone', 'localized-date', 'malformed-html', 'most-read', 'nav-menu', 'no-metadata',
        'related-list', 'share-bar', 'table-layout'
    ],
    'zarechye-info-04': [
        'ad-slots', 'decoy-date', 'footer-links', 'html-entities', 'legacy-encoding', 'local-time-zone',
        'localized-date', 'malformed-html', 'most-read', 'nav-menu', 'no-metadata', 'related-list', 'share-bar',
        'subheadings', 'table-in-body', 'table-layout', 'title-differs-from-headline'
    ],
}


def retag(pid: str, typed: list[str]) -> bool:
    """Set phenomena = typed tags + the file's mechanical tags; True when the file changed."""
    path = REPO / "gold" / "second" / f"{pid}.json"
    text = path.read_text(encoding="utf-8")
    gold = json.loads(text)
    assert not set(typed) & set(MECHANICAL_TAGS), pid
    mechanical = [t for t in gold["phenomena"] if t in MECHANICAL_TAGS]
    gold["phenomena"] = sorted(set(typed) | set(mechanical))
    new = json.dumps(gold, ensure_ascii=False, indent=2) + "\n"
    if new != text:
        path.write_text(new, encoding="utf-8")
        return True
    return False


if __name__ == "__main__":
    changed = [pid for pid, typed in TYPED.items() if retag(pid, typed)]
    print(f"{len(changed)} of {len(TYPED)} files changed: {', '.join(changed)}")
