import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from corpus.lib import Article, Block, emit

"""Porto Ágora (porto-agora): an invented Brazilian regional news site from Porto Alegre. The
CMS serves a server-rendered shell (top bar, menu, sidebar widgets, footer) around an article
area that is a JavaScript app: `<div id="app">` is empty without JS, and the article (headline,
byline, date, text) is given to non-JS readers only inside a <noscript> fallback. Older
story types (chronicles, features, some tech pieces) still come from the legacy server
template with the article in plain HTML. Inline "Leia também" lines sit between paragraphs.
Dates use Portuguese month names; times are Brasília time (-03:00)."""

import datetime as _dt
import html as _html
import json as _json
import re as _re
import zlib as _zlib
from urllib.parse import quote as _quote

SITE = "porto-agora"
HOST = "https://www.portoagora.example"
STATIC = "https://static.portoagora.example"
IMG = "https://img.portoagora.example"
NAME = "Porto Ágora"
BRT = _dt.timezone(_dt.timedelta(hours=-3))

MESES = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
         "novembro", "dezembro"]
DIAS = ["Segunda-feira", "Terça-feira", "Quarta-feira", "Quinta-feira", "Sexta-feira", "Sábado", "Domingo"]


def e(s):
    return _html.escape(s, quote=False)


def at(s):
    return _html.escape(s, quote=True)


def slugify(s):
    import unicodedata
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return _re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def data_extenso(d):
    return f"{d.day} de {MESES[d.month - 1]} de {d.year} às {d.hour:02d}h{d.minute:02d}"


def data_curta(d):
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


# ---------------------------------------------------------------- body items

def P(t):
    return {"t": "p", "text": t}


def H(t):
    return {"t": "h", "text": t}


def UL(*xs):
    return {"t": "ul", "items": list(xs)}


def TABLE(rows, source=None):
    return {"t": "table", "rows": rows, "source": source}


def FIG(file, caption, credit):
    return {"t": "img", "file": file, "caption": caption, "credit": credit}


def LEIA(title, href):
    return {"t": "leia", "title": title, "href": href}


def NOTE(t):
    return {"t": "note", "text": t}


def AD(n):
    return {"t": "ad", "n": n}


def body_html(items, in_noscript=False):
    out = []
    for it in items:
        t = it["t"]
        if t == "p":
            out.append(f'<p class="materia__paragrafo">{e(it["text"])}</p>')
        elif t == "h":
            out.append(f'<h2 class="materia__intertitulo">{e(it["text"])}</h2>')
        elif t == "ul":
            out.append('<ul class="materia__lista">' + "".join(f"<li>{e(x)}</li>" for x in it["items"]) + "</ul>")
        elif t == "table":
            head, *rows = it["rows"]
            out.append('<div class="materia__tabela"><table><thead><tr>' + "".join(f"<th>{e(c)}</th>" for c in head) + "</tr></thead><tbody>"
                       + "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in rows) + "</tbody></table>"
                       + (f'<p class="materia__fonte">{e(it["source"])}</p>' if it["source"] else "") + "</div>")
        elif t == "img":
            out.append(f'<figure class="materia__foto"><img src="{IMG}/fotos/{it["file"]}" alt="{at(it["caption"])}" width="960" height="640" loading="lazy">'
                       f'<figcaption>{e(it["caption"])} <span class="materia__credito">Foto: {e(it["credit"])}</span></figcaption></figure>')
        elif t == "leia":
            sep = "" if in_noscript else "\x00"
            out.append(f'{sep}<p class="leia-tambem"><strong>Leia também:</strong> <a href="{HOST}{it["href"]}">{e(it["title"])}</a></p>{sep}')
        elif t == "note":
            out.append(f'<p class="materia__nota"><em>{e(it["text"])}</em></p>')
        elif t == "ad" and not in_noscript:
            out.append(f'\x00<div class="publicidade publicidade--meio" id="pa-ad-meio-{it["n"]}" data-ad-slot="/90331/portoagora/materia/meio{it["n"]}">'
                       f'<span class="publicidade__rotulo">Publicidade</span></div>\x00')
    return "\n".join(out)


def corpos(html):
    parts = html.split("\x00")
    return "\n".join(x.strip() if i % 2 else f'<div class="materia__corpo"><div class="materia__texto">{x.strip()}</div></div>'
                     for i, x in enumerate(parts) if x.strip())


def gold_blocks(items):
    out = []
    for it in items:
        t = it["t"]
        if t == "p":
            out.append(Block("paragraph", it["text"]))
        elif t == "h":
            out.append(Block("heading", it["text"]))
        elif t == "ul":
            out += [Block("list_item", x) for x in it["items"]]
        elif t == "table":
            out.append(Block("table", "\n".join("\t".join(r) for r in it["rows"])))
            if it["source"]:
                out.append(Block("caption", it["source"], optional=True))
        elif t == "img":
            out.append(Block("caption", it["caption"], optional=True))
        elif t == "note":
            out.append(Block("note", it["text"], optional=True))
    return out


# ---------------------------------------------------------------- page weight: markup without visible text
# Deterministic (seeded) generators for what makes real pages heavy: a consent manager's vendor
# list, an SVG icon sprite, atomic utility CSS and header-bidding configuration.
import random as _random

_SYL = ["ad", "bel", "cor", "dex", "ev", "fin", "gra", "hal", "io", "jun", "kor", "lum", "mar", "nex", "or",
        "pix", "quo", "ral", "sen", "tri", "ul", "vor", "wex", "yal", "zen", "tav", "ope", "rin", "sol", "bri"]
_VSUF = ["Media", "Ads", "Data", "Analytics", "Labs", "Digital", "Exchange", "Metrics", "Audience", "Signal",
         "Reach", "Cloud", "Bidder", "Tag", "Insights", "Commerce"]


def _vendors(seed, n):
    rnd = _random.Random(seed)
    out, used = [], set()
    while len(out) < n:
        name = (rnd.choice(_SYL) + rnd.choice(_SYL) + rnd.choice(["", "a", "o", "ix"])).capitalize() + " " + rnd.choice(_VSUF)
        if name in used:
            continue
        used.add(name)
        host = name.lower().replace(" ", "-")
        out.append({"id": 7 + len(out) * 3 + rnd.randint(0, 2), "name": name,
                    "purposes": sorted(rnd.sample(range(1, 12), rnd.randint(1, 7))),
                    "legIntPurposes": sorted(rnd.sample(range(2, 11), rnd.randint(0, 3))),
                    "flexiblePurposes": sorted(rnd.sample(range(2, 11), rnd.randint(0, 2))),
                    "specialPurposes": [1, 2][:rnd.randint(0, 2)], "features": sorted(rnd.sample(range(1, 4), rnd.randint(0, 3))),
                    "specialFeatures": [1, 2][:rnd.randint(0, 1)], "usesCookies": rnd.random() < 0.9,
                    "cookieMaxAgeSeconds": rnd.choice([86400, 604800, 2592000, 15552000, 31536000, 63072000]),
                    "cookieRefresh": rnd.random() < 0.4, "usesNonCookieAccess": rnd.random() < 0.5,
                    "policyUrl": f"https://{host}.example/privacy-policy",
                    "deviceStorageDisclosureUrl": f"https://cdn.{host}.example/tcf/device-storage.json"})
    return out


_UI_ICONS = ["weather-sun", "weather-cloud", "weather-rain", "weather-snow", "weather-storm", "arrow-left", "arrow-right",
             "arrow-up", "arrow-down", "plus", "minus", "check", "info", "warning", "star", "heart", "print", "download",
             "calendar", "location", "phone", "mail-open", "gallery", "headphones", "podcast", "newsletter", "lock", "key"]


def _sprite(seed, prefix, names):
    rnd = _random.Random(seed)
    syms = []
    names = list(names) + [n for n in _UI_ICONS if n not in names]
    for name in names:
        paths = []
        for _ in range(rnd.randint(3, 7)):
            x, y = rnd.uniform(2, 22), rnd.uniform(2, 22)
            d = [f"M{x:.2f} {y:.2f}"]
            for _ in range(rnd.randint(3, 6)):
                c = rnd.choice("LCcls")
                if c in "Ll":
                    d.append(f"{c}{rnd.uniform(-9, 22):.1f} {rnd.uniform(-9, 22):.1f}")
                elif c in "Cc":
                    d.append(c + " ".join(f"{rnd.uniform(-9, 22):.1f}" for _ in range(6)))
                else:
                    d.append(c + " ".join(f"{rnd.uniform(-9, 22):.1f}" for _ in range(4)))
            paths.append(f'<path fill-rule="evenodd" d="{"".join(d)}z"/>')
        syms.append(f'<symbol id="{prefix}-{name}" viewBox="0 0 24 24"><g fill="currentColor">{"".join(paths)}</g></symbol>')
    return ('<svg xmlns="http://www.w3.org/2000/svg" style="position:absolute;width:0;height:0;overflow:hidden" aria-hidden="true" focusable="false"><defs>'
            + "".join(syms) + "</defs></svg>")


def _atomic_css(prefix, breakpoints=((640, "sm"), (1024, "lg"))):
    props = [("m", "margin"), ("mt", "margin-top"), ("mb", "margin-bottom"), ("ml", "margin-left"), ("mr", "margin-right"),
             ("p", "padding"), ("pt", "padding-top"), ("pb", "padding-bottom"), ("pl", "padding-left"), ("pr", "padding-right"),
             ("gap", "gap"), ("w", "width"), ("h", "height")]
    scale = [0, 2, 4, 8, 12, 16, 20, 24, 32, 40, 48, 64]
    rules = [f".{prefix}{k}-{i}{{{p}:{v}px}}" for k, p in props for i, v in enumerate(scale)]
    rules += [f".{prefix}fs-{v}{{font-size:{v}px;line-height:{round(v * 1.35)}px}}" for v in (11, 12, 13, 14, 15, 16, 18, 20, 22, 24, 28, 32, 40)]
    rules += [f".{prefix}{n}{{display:{n}}}" for n in ("block", "inline", "inline-block", "flex", "grid", "none", "contents")]
    rules += [f".{prefix}col-{i}{{grid-column:span {i}/span {i}}}" for i in range(1, 13)]
    out = "\n".join(rules)
    for bp, tag in breakpoints:
        out += f"\n@media (min-width:{bp}px){{" + "".join(f".{tag}\\:{prefix}{k}-{i}{{{p}:{v}px}}" for k, p in props[:8] for i, v in enumerate(scale)) + \
            "".join(f".{tag}\\:{prefix}col-{i}{{grid-column:span {i}/span {i}}}" for i in range(1, 13)) + "}"
    return out


def _prebid(seed, slots, bidders=("appnexus", "rubicon", "ix", "openx", "pubmatic", "criteo", "triplelift", "sovrn")):
    rnd = _random.Random(seed)
    units = []
    for code, sizes in slots:
        bids = []
        for b in bidders:
            if rnd.random() < 0.75:
                bids.append({"bidder": b, "params": {"placementId": str(rnd.randint(10000000, 99999999)), "siteId": str(rnd.randint(100000, 999999)),
                                                     "zoneId": str(rnd.randint(1000, 9999))}})
        units.append({"code": code, "mediaTypes": {"banner": {"sizes": sizes}}, "bids": bids})
    return units


# ---------------------------------------------------------------- boilerplate

MENU = [
    ("Últimas", "ultimas", []),
    ("Porto Alegre", "porto-alegre", ["Centro Histórico", "Zona Norte", "Zona Sul", "Zona Leste", "Trânsito", "Obras"]),
    ("Rio Grande do Sul", "rio-grande-do-sul", ["Serra", "Litoral Norte", "Região Metropolitana", "Fronteira Oeste", "Missões", "Campanha"]),
    ("Política", "politica", ["Eleições", "Assembleia", "Câmara de Vereadores", "Congresso"]),
    ("Economia", "economia", ["Agronegócio", "Emprego", "Seu Bolso", "Indústria", "Comércio"]),
    ("Esportes", "esportes", ["Futebol", "Futsal", "Vôlei", "Basquete", "Automobilismo", "Mais esportes"]),
    ("Cultura", "cultura", ["Livros", "Música", "Cinema", "Teatro", "Agenda"]),
    ("Saúde", "saude", ["Bem-estar", "Alimentação", "Medicina"]),
    ("Educação", "educacao", ["Escolas", "Universidades", "Concursos"]),
    ("Tecnologia", "tecnologia", ["Inovação", "Startups", "Games"]),
    ("Brasil", "brasil", []),
    ("Mundo", "mundo", []),
    ("Opinião", "opiniao", ["Editorial", "Colunistas", "Cartas"]),
    ("Vídeos", "videos", []),
    ("Podcasts", "podcasts", []),
]

MAIS_LIDAS = [
    "Previsão indica frente fria e temperatura perto de zero no fim de semana",
    "Feira do peixe terá 40 bancas e horário estendido no Mercado",
    "Obra em viaduto altera trânsito na zona norte a partir de segunda",
    "Aluguel sobe acima da inflação em 12 bairros da Capital",
    "Festival de cinema anuncia filmes da mostra competitiva",
    "Como declarar o imposto de renda sem cair na malha fina",
    "Padaria centenária do bairro Floresta ganha selo de patrimônio",
    "Linha de ônibus noturna volta a circular com novo trajeto",
]

ULTIMAS = [
    ("Trânsito", "Acidente entre caminhão e carro bloqueia faixa da BR-116 em Canoas"),
    ("Tempo", "Semana começa com sol e máxima de 24°C na Capital"),
    ("Economia", "Feirão de empregos oferece 1,2 mil vagas no Centro"),
    ("Polícia", "Operação apreende 300 quilos de cabos furtados na zona norte"),
    ("Cultura", "Orquestra jovem faz concerto gratuito no parque no domingo"),
    ("Esportes", "Equipe gaúcha de remo conquista três medalhas no Sul-Brasileiro"),
    ("Saúde", "Postos ampliam horário de vacinação até as 21h"),
    ("Educação", "Inscrições para cursinho popular terminam na sexta"),
    ("Porto Alegre", "Orla ganha nova ciclovia de 2,4 quilômetros"),
    ("Rio Grande do Sul", "Festa da colheita reúne 40 mil visitantes na Serra"),
]

MAIS_NOTICIAS = [
    ("Porto Alegre", ["Moradores pedem faixa de segurança em frente a escola no Partenon",
                      "Mercado público terá horário especial no feriado",
                      "Praças da Zona Sul recebem novos brinquedos acessíveis",
                      "Linha de ônibus do Lami terá mais horários aos sábados",
                      "Feira ecológica do Bom Fim completa 30 anos"]),
    ("Rio Grande do Sul", ["Colheita do arroz avança e chega a 70% da área plantada",
                           "Cidade da Serra cria rota turística de cafés coloniais",
                           "Balsa entre cidades do Litoral Norte volta a operar",
                           "Prêmio reconhece queijos artesanais da Campanha",
                           "Estrada de terra vira asfalto após 40 anos de espera"]),
    ("Esportes", ["Corrida de rua da orla terá percurso de 21 quilômetros",
                  "Time de basquete da Capital anuncia reforços para a temporada",
                  "Escolinha de vôlei de praia abre turmas gratuitas",
                  "Atleta paralímpica de Canoas se classifica para o mundial",
                  "Clube centenário reforma piscina olímpica"]),
    ("Cultura", ["Teatro de bolso reabre com temporada de comédias",
                 "Exposição reúne fotos antigas do Guaíba",
                 "Festival de música nativista divulga finalistas",
                 "Biblioteca pública amplia horário aos domingos",
                 "Documentário sobre carnaval de rua estreia no cinema"]),
]

SERVICOS = ["Previsão do tempo", "Trânsito agora", "Loterias", "Cotações", "Farmácias de plantão", "Horóscopo", "Cinema",
            "Obituário", "Classificados", "Concursos", "Empregos", "Eventos"]

RODAPE = [
    ("Porto Ágora", ["Quem somos", "Expediente", "Princípios editoriais", "Política de correções", "Trabalhe conosco", "Fale conosco"]),
    ("Seções", ["Porto Alegre", "Rio Grande do Sul", "Política", "Economia", "Esportes", "Cultura", "Opinião"]),
    ("Serviços", ["Previsão do tempo", "Trânsito agora", "Loterias", "Horóscopo", "Classificados", "Obituário"]),
    ("Assinatura", ["Assine", "Central do assinante", "Clube de vantagens", "Edição digital", "Newsletters"]),
    ("Legal", ["Termos de uso", "Política de privacidade", "Política de cookies", "Anuncie", "Mídia kit"]),
]

CSS = """
*{box-sizing:border-box}body{margin:0;font-family:"Source Sans Pro","Segoe UI",Roboto,Arial,sans-serif;color:#1d1d1b;background:#fff}
a{color:#0e5a8a;text-decoration:none}a:hover{text-decoration:underline}img{max-width:100%;height:auto}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.barra-topo{background:#0b3b5c;color:#dce8f0;font-size:13px}.barra-topo__inner{max-width:1200px;margin:0 auto;display:flex;justify-content:space-between;padding:6px 16px}
.barra-topo a{color:#fff;margin-left:14px}
.cabecalho{max-width:1200px;margin:0 auto;display:flex;align-items:center;justify-content:space-between;padding:14px 16px}
.cabecalho__logo img{height:44px}.cabecalho__assine{background:#e8a317;color:#1d1d1b;font-weight:700;padding:9px 18px;border-radius:3px}
.menu-principal{background:#0e5a8a;position:relative}.menu-principal>ul{max-width:1200px;margin:0 auto;display:flex;flex-wrap:wrap;list-style:none;padding:0 8px}
.menu-principal>ul>li{position:relative}.menu-principal>ul>li>a{display:block;color:#fff;font-weight:600;font-size:15px;padding:12px 11px}
.menu-principal .submenu{display:none;position:absolute;top:100%;left:0;background:#fff;min-width:190px;box-shadow:0 8px 18px rgba(0,0,0,.15);list-style:none;padding:8px 0;margin:0;z-index:40}
.menu-principal li:hover .submenu{display:block}.menu-principal .submenu a{display:block;padding:6px 16px;color:#1d1d1b}
.trilha{max-width:1200px;margin:14px auto 0;padding:0 16px;font-size:13px;color:#6b6b6b}
.pagina{max-width:1200px;margin:0 auto;padding:16px;display:grid;grid-template-columns:minmax(0,1fr) 310px;gap:36px}
@media(max-width:980px){.pagina{grid-template-columns:1fr}.lateral{display:none}}
.materia__chapeu{font-size:14px;font-weight:700;text-transform:uppercase;color:#c0392b;letter-spacing:.04em;margin:0 0 8px}
.materia__titulo{font-family:Merriweather,Georgia,serif;font-size:38px;line-height:1.15;margin:0 0 14px}
.materia__linha-fina{font-size:20px;line-height:1.45;color:#4a4a4a;margin:0 0 18px}
.materia__meta{font-size:14px;color:#6b6b6b;border-top:1px solid #e3e3e3;border-bottom:1px solid #e3e3e3;padding:10px 0;display:flex;flex-wrap:wrap;gap:4px 16px}
.materia__autor{font-weight:700;color:#1d1d1b}
.compartilhar{display:flex;gap:8px;margin:14px 0 22px}.compartilhar a,.compartilhar button{width:36px;height:36px;border-radius:50%;border:0;background:#eef3f7;display:inline-flex;align-items:center;justify-content:center}
.materia__corpo{font-family:Merriweather,Georgia,serif;font-size:18px;line-height:1.75;max-width:700px}
.materia__paragrafo{margin:0 0 1.2em}.materia__intertitulo{font-family:"Source Sans Pro",Arial,sans-serif;font-size:24px;margin:1.6em 0 .6em}
.materia__lista{margin:0 0 1.2em;padding-left:1.3em}.materia__lista li{margin-bottom:.4em}
.materia__tabela table{width:100%;border-collapse:collapse;font-family:"Source Sans Pro",Arial,sans-serif;font-size:15px}
.materia__tabela th,.materia__tabela td{border-bottom:1px solid #ddd;padding:8px;text-align:left}.materia__tabela th{background:#f3f6f9}
.materia__fonte{font-size:13px;color:#777;margin:6px 0 1.4em}
.materia__foto{margin:0 0 1.4em}.materia__foto figcaption{font-family:"Source Sans Pro",Arial,sans-serif;font-size:14px;color:#555;margin-top:6px}
.materia__credito{color:#999;margin-left:4px}
.materia__nota{font-family:"Source Sans Pro",Arial,sans-serif;font-size:15px;color:#555;border-left:3px solid #e8a317;padding-left:12px}
.leia-tambem{font-family:"Source Sans Pro",Arial,sans-serif;font-size:16px;background:#f3f6f9;border-left:4px solid #0e5a8a;padding:10px 14px;margin:0 0 1.2em}
.leia-tambem strong{color:#0e5a8a;text-transform:uppercase;font-size:13px;margin-right:6px}
.tags{margin:26px 0}.tags a{display:inline-block;border:1px solid #cfd8df;border-radius:14px;padding:4px 12px;margin:0 6px 6px 0;font-size:14px}
.app-materia{min-height:600px}.app-materia__carregando{display:flex;align-items:center;justify-content:center;min-height:600px;color:#999}
.aviso-js{background:#fff7e0;border:1px solid #f1d58a;padding:10px 14px;font-size:14px;margin-bottom:18px}
.publicidade{background:#f4f4f4;display:flex;flex-direction:column;align-items:center;justify-content:center;min-height:250px;margin:24px 0}
.publicidade__rotulo{font-size:10px;text-transform:uppercase;letter-spacing:.1em;color:#999}
.publicidade--topo{min-height:100px;margin:0}
.lateral__titulo{font-size:16px;text-transform:uppercase;border-bottom:3px solid #0e5a8a;padding-bottom:6px;margin:0 0 12px}
.mais-lidas{list-style:none;margin:0 0 28px;padding:0;counter-reset:ml}.mais-lidas li{counter-increment:ml;display:flex;gap:10px;padding:10px 0;border-bottom:1px solid #eee;font-size:15px;line-height:1.35}
.mais-lidas li:before{content:counter(ml);font-size:24px;font-weight:700;color:#e8a317;min-width:24px}
.newsletter{background:#0b3b5c;color:#fff;padding:18px;margin-bottom:28px}.newsletter p{font-size:14px;line-height:1.5}
.newsletter input{width:100%;padding:9px;border:0;margin-bottom:8px}.newsletter button{width:100%;padding:9px;border:0;background:#e8a317;font-weight:700}
.relacionadas{margin:32px 0}.relacionadas ul{list-style:none;padding:0;display:grid;grid-template-columns:repeat(3,1fr);gap:16px}
.relacionadas li span{display:block;font-size:12px;color:#888;margin-top:4px}
.comentarios{margin:32px 0;border-top:1px solid #e3e3e3;padding-top:16px}
.rodape{background:#0b3b5c;color:#c9d7e1;margin-top:40px;padding:30px 16px;font-size:14px}.rodape__colunas{max-width:1200px;margin:0 auto;display:grid;grid-template-columns:repeat(5,1fr);gap:20px}
.rodape h3{color:#fff;font-size:14px;text-transform:uppercase}.rodape ul{list-style:none;padding:0;margin:0}.rodape li{padding:3px 0}.rodape a{color:#c9d7e1}
.rodape__legal{max-width:1200px;margin:22px auto 0;border-top:1px solid #2b5673;padding-top:14px;font-size:12px}
.menu-lateral{position:fixed;top:0;left:0;bottom:0;width:300px;background:#fff;z-index:1000;overflow-y:auto;box-shadow:4px 0 20px rgba(0,0,0,.2);padding:16px}
.menu-lateral__topo{display:flex;justify-content:space-between;align-items:center;border-bottom:1px solid #eee;padding-bottom:10px}
.menu-lateral__lista,.menu-lateral__servicos,.menu-lateral__redes{list-style:none;margin:0;padding:0}
.menu-lateral__item>a{display:block;font-weight:700;padding:8px 0;color:#0b3b5c}.menu-lateral__sub{list-style:none;padding:0 0 6px 12px;margin:0}
.menu-lateral__sub a{display:block;padding:3px 0;font-size:14px;color:#444}.menu-lateral__titulo{font-size:12px;text-transform:uppercase;color:#999;margin:18px 0 6px}
.ultimas ul{list-style:none;margin:0;padding:0}.ultimas li{padding:9px 0;border-bottom:1px solid #eee;font-size:14px;line-height:1.35}
.ultimas__hora{display:inline-block;font-size:12px;color:#888;margin-right:6px}.ultimas__editoria{display:inline-block;font-size:11px;font-weight:700;text-transform:uppercase;color:#c0392b;margin-right:6px}
.ultimas__mais{display:block;text-align:center;font-weight:700;padding:10px;border:1px solid #cfd8df;margin:12px 0 28px}
.servicos ul{list-style:none;padding:0;margin:0 0 28px;display:grid;grid-template-columns:1fr 1fr;gap:6px}.servicos a{display:block;background:#f3f6f9;padding:8px;font-size:13px}
.mais-noticias{max-width:1200px;margin:24px auto 0;padding:0 16px}.mais-noticias__grade{display:grid;grid-template-columns:repeat(4,1fr);gap:24px}
.mais-noticias h3{font-size:15px;text-transform:uppercase;border-top:3px solid #e8a317;padding-top:8px}.mais-noticias ul{list-style:none;padding:0;margin:0}
.mais-noticias li{font-size:15px;line-height:1.4;padding:8px 0;border-bottom:1px solid #eee}
@media(max-width:980px){.mais-noticias__grade{grid-template-columns:1fr 1fr}.rodape__colunas{grid-template-columns:1fr 1fr}}
@media print{.menu-principal,.lateral,.publicidade,.compartilhar,.rodape,.aviso-cookies,.mais-noticias{display:none}}
.aviso-cookies{position:fixed;bottom:0;left:0;right:0;background:#fff;border-top:3px solid #0e5a8a;box-shadow:0 -4px 16px rgba(0,0,0,.12);padding:16px;z-index:999;font-size:14px}
.aviso-cookies__inner{max-width:1100px;margin:0 auto;display:flex;gap:18px;align-items:center}
.aviso-cookies button{padding:9px 16px;font-weight:700;border:1px solid #0e5a8a;background:#fff}.aviso-cookies button.aceitar{background:#0e5a8a;color:#fff}
"""

LOGO = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 220 44" role="img" aria-label="Porto Agora"><title>Porto Agora</title>'
        '<path d="M6 6h14c8 0 12 4 12 10s-4 10-12 10h-7v12H6zm7 6v8h6c3 0 5-1.5 5-4s-2-4-5-4z" fill="#0e5a8a"/>'
        '<path d="M40 38l12-32h8l12 32h-8l-2.5-7h-11L48 38zm12.5-13h7L56 14z" fill="#e8a317"/></svg>')


def cabecalho(hoje, secao_slug):
    itens = []
    for nome, slug, subs in MENU:
        sub = ""
        if subs:
            sub = '<button type="button" class="submenu__abrir" aria-label="Subseções"><svg width="10" height="10"><use href="#pa-seta"></use></svg></button>'
        ativo = ' class="ativo"' if slug == secao_slug else ""
        itens.append(f'<li{ativo}><a href="{HOST}/{slug}">{e(nome)}</a>{sub}</li>')
    return (f'<div class="publicidade publicidade--topo" id="pa-ad-topo" data-ad-slot="/90331/portoagora/topo"><span class="publicidade__rotulo">Publicidade</span></div>'
            f'<div class="barra-topo"><div class="barra-topo__inner"><span>{DIAS[hoje.weekday()]}, {hoje.day} de {MESES[hoje.month - 1]} de {hoje.year} '
            f'&middot; Porto Alegre 17&deg;C</span><span><a href="{HOST}/newsletters">Newsletters</a><a href="{HOST}/conta/entrar">Entrar</a>'
            f'<a href="{HOST}/assine?origem=topo">Assine</a></span></div></div>'
            f'<header class="cabecalho"><button type="button" class="cabecalho__menu" aria-label="Abrir menu">&#9776;</button>'
            f'<a class="cabecalho__logo" href="{HOST}/">{LOGO}</a>'
            f'<form class="cabecalho__busca" action="{HOST}/busca" role="search"><label class="sr-only" for="q">Buscar</label>'
            f'<input id="q" name="q" type="search" placeholder="Buscar no Porto Ágora"></form>'
            f'<a class="cabecalho__assine" href="{HOST}/assine?origem=cabecalho">Assine</a></header>'
            f'<nav class="menu-principal" aria-label="Menu principal"><ul>{"".join(itens)}</ul></nav>')


def compartilhar(url, titulo):
    u, t = _quote(url, safe=""), _quote(titulo, safe="")
    return (f'<div class="compartilhar" aria-label="Compartilhe">'
            f'<a href="https://wa.example/send?text={t}%20{u}" target="_blank" rel="noopener" aria-label="Compartilhar no WhatsApp"><svg width="18" height="18" viewBox="0 0 16 16"><path d="M8 0a8 8 0 0 0-6.9 12L0 16l4.1-1.1A8 8 0 1 0 8 0z"/></svg></a>'
            f'<a href="https://facebook.example/sharer/sharer.php?u={u}" target="_blank" rel="noopener" aria-label="Compartilhar no Facebook"><svg width="18" height="18" viewBox="0 0 16 16"><path d="M9 16V9h2.3l.4-2.7H9V4.6c0-.8.2-1.3 1.4-1.3H12V.9C11.7.8 10.8.7 9.8.7 7.7.7 6.3 2 6.3 4.3v2H4V9h2.3v7z"/></svg></a>'
            f'<a href="https://x.example/intent/tweet?url={u}&amp;text={t}" target="_blank" rel="noopener" aria-label="Compartilhar no X"><svg width="18" height="18" viewBox="0 0 16 16"><path d="M12.2 1h2.3L9.5 6.8 15.4 15h-4.6L7.2 10.2 3 15H.7l5.4-6.2L.4 1h4.7l3.3 4.4z"/></svg></a>'
            f'<a href="https://telegram.example/share/url?url={u}" target="_blank" rel="noopener" aria-label="Compartilhar no Telegram"><svg width="18" height="18" viewBox="0 0 16 16"><path d="M15 1L1 7l4 1.5L12 4l-5 5.5V14l2.5-3 3.5 2.5z"/></svg></a>'
            f'<button type="button" data-acao="copiar-link" aria-label="Copiar link"><svg width="18" height="18" viewBox="0 0 16 16"><path d="M6.9 9.1a3 3 0 0 0 4.2 0l3-3a3 3 0 0 0-4.2-4.2L8.6 3.2"/></svg></button></div>')


def menu_lateral():
    blocos = []
    for nome, slug, subs in MENU:
        itens = ""
        blocos.append(f'<li class="menu-lateral__item"><a href="{HOST}/{slug}">{e(nome)}</a>'
                      + (f'<ul class="menu-lateral__sub">{itens}</ul>' if itens else "") + "</li>")
    serv = "".join(f'<li><a href="{HOST}/servicos/{slugify(x)}">{e(x)}</a></li>' for x in SERVICOS)
    return (f'<div class="menu-lateral" id="menu-lateral" hidden><div class="menu-lateral__topo"><strong>Seções</strong>'
            f'<button type="button" class="menu-lateral__fechar" aria-label="Fechar menu">&times;</button></div>'
            f'<ul class="menu-lateral__lista">{"".join(blocos)}</ul><p class="menu-lateral__titulo">Serviços</p>'
            f'<ul class="menu-lateral__servicos">{serv}</ul><p class="menu-lateral__titulo">Siga o Porto Ágora</p>'
            f'<ul class="menu-lateral__redes"><li><a href="https://instagram.example/portoagora">Instagram</a></li>'
            f'<li><a href="https://facebook.example/portoagora">Facebook</a></li><li><a href="https://x.example/portoagora">X</a></li>'
            f'<li><a href="https://youtube.example/portoagora">YouTube</a></li><li><a href="https://wa.example/channel/portoagora">Canal no WhatsApp</a></li></ul></div>')


def ultimas(hoje):
    itens = []
    for k, (ed, t) in enumerate(ULTIMAS):
        h, m = 21 - k, (k * 17) % 60
        itens.append(f'<li><span class="ultimas__hora">{data_curta(hoje)} {h:02d}h{m:02d}</span><span class="ultimas__editoria">{e(ed)}</span>'
                     f'<a href="{HOST}/{slugify(ed)}/{slugify(t)}">{e(t)}</a></li>')
    return f'<section class="ultimas"><h2 class="lateral__titulo">Últimas notícias</h2><ul>{"".join(itens)}</ul><a class="ultimas__mais" href="{HOST}/ultimas">Ver todas as notícias</a></section>'


def mais_noticias():
    cols = "".join(f'<div class="mais-noticias__coluna"><h3><a href="{HOST}/{slugify(ed)}">{e(ed)}</a></h3><ul>'
                   + "".join(f'<li><a href="{HOST}/{slugify(ed)}/{slugify(t)}">{e(t)}</a></li>' for t in ts) + "</ul></div>"
                   for ed, ts in MAIS_NOTICIAS[:3])
    return f'<section class="mais-noticias"><h2 class="lateral__titulo">Mais notícias</h2><div class="mais-noticias__grade">{cols}</div></section>'


def lateral(hoje):
    ultimas_html = ultimas(hoje)
    ml = "".join(f'<li><a href="{HOST}/ultimas/{slugify(t)}">{e(t)}</a></li>' for t in MAIS_LIDAS)
    return (f'<aside class="lateral"><div class="publicidade" id="pa-ad-lateral-1" data-ad-slot="/90331/portoagora/lateral1"><span class="publicidade__rotulo">Publicidade</span></div>'
            f'<section><h2 class="lateral__titulo">Mais lidas</h2><ol class="mais-lidas">{ml}</ol></section>'
            f'{ultimas_html}'
            f'<section class="newsletter"><h2 class="lateral__titulo" style="color:#fff;border-color:#e8a317">Bom dia, Porto Alegre</h2>'
            f'<p>As notícias que você precisa saber para começar o dia, de segunda a sábado às 6h. É de graça.</p>'
            f'<form action="{HOST}/newsletters/inscrever" method="post"><input type="hidden" name="lista" value="bom-dia-poa">'
            f'<input type="email" name="email" placeholder="Seu e-mail" aria-label="Seu e-mail" required><button type="submit">Quero receber</button></form></section>'
            f'<div class="publicidade" id="pa-ad-lateral-2" data-ad-slot="/90331/portoagora/lateral2"><span class="publicidade__rotulo">Publicidade</span></div>'
            f'<section class="servicos"><h2 class="lateral__titulo">Serviços</h2><ul>'
            + "".join(f'<li><a href="{HOST}/servicos/{slugify(x)}">{e(x)}</a></li>' for x in SERVICOS[:5]) + "</ul></section></aside>")


def relacionadas(items):
    lis = "".join(f'<li><div class="card"><a href="{HOST}{p}"><img src="{IMG}/thumbs/{slugify(t)[:24]}-320.jpg" alt="" loading="lazy" width="320" height="213">'
                  f'<h3 class="card__titulo">{e(t)}</h3></a><span>{data_curta(d)}</span></div></li>' for t, d, p in items)
    return f'<section class="relacionadas"><h2 class="lateral__titulo">Veja também</h2><ul>{lis}</ul></section>'


def rodape(ano):
    cols = "".join(f'<div><h3>{e(h)}</h3><ul>' + "".join(f'<li><a href="{HOST}/{slugify(x)}">{e(x)}</a></li>' for x in xs) + "</ul></div>"
                   for h, xs in RODAPE)
    return (f'<footer class="rodape"><div class="rodape__colunas">{cols}</div>'
            f'<div class="rodape__legal">&copy; {ano} Porto Ágora Comunicação Ltda. Todos os direitos reservados. Rua dos Andradas, 0000 &ndash; Centro Histórico, '
            f'Porto Alegre (RS). É proibida a reprodução do conteúdo desta página em qualquer meio de comunicação, eletrônico ou impresso, '
            f'sem autorização escrita do Porto Ágora.</div></footer>')


def aviso_cookies():
    return (f'<div class="aviso-cookies" id="aviso-cookies" role="dialog" aria-label="Aviso de cookies" hidden><div class="aviso-cookies__inner">'
            f'<p>O Porto Ágora usa cookies e tecnologias semelhantes para melhorar sua experiência, personalizar publicidade e analisar a audiência, '
            f'conforme a Lei Geral de Proteção de Dados. Ao continuar navegando, você concorda com a nossa '
            f'<a href="{HOST}/politica-de-privacidade">Política de Privacidade</a>.</p>'
            f'<button type="button" class="configurar">Configurar</button><button type="button" class="aceitar">Aceitar e fechar</button></div></div>')


def scripts_cabeca(a):
    return (
        f'<script>window.PA_CONSENT={{"versao":"2.4.1","lgpd":true,"categorias":["necessarios","desempenho","publicidade"],"expiraDias":180,'
        f'"textos":{{"titulo":"Sua privacidade","aceitar":"Aceitar e fechar","configurar":"Configurar","salvar":"Salvar preferências"}},'
        f'"parceiros":[{{"id":1,"nome":"Medição de audiência","categoria":"desempenho"}},{{"id":2,"nome":"Servidor de anúncios","categoria":"publicidade"}},'
        f'{{"id":3,"nome":"Leilão de anúncios","categoria":"publicidade"}},{{"id":4,"nome":"Mapas de calor","categoria":"desempenho"}},'
        f'{{"id":5,"nome":"Recomendação de conteúdo","categoria":"desempenho"}},{{"id":6,"nome":"Pixel de redes sociais","categoria":"publicidade"}},'
        f'{{"id":7,"nome":"Player de vídeo","categoria":"necessarios"}},{{"id":8,"nome":"Sistema de comentários","categoria":"necessarios"}}],'
        f'"politica":"{HOST}/politica-de-privacidade"}};'
        f'(function(){{var c=document.cookie.match(/pa_consent=([^;]+)/);if(!c){{document.documentElement.className+=" sem-consentimento"}}}})();</script>'
        f'<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"pagina":"materia","editoria":"{a["secao"][1]}","idMateria":"{a["mid"]}",'
        f'"autor":"{at(", ".join(a["autores"]))}","publicacao":"{a["published"].strftime("%Y-%m-%d")}","renderizacao":"{a["modo"]}"}});'
        f'(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{"gtm.start":new Date().getTime(),event:"gtm.js"}});var f=d.getElementsByTagName(s)[0],'
        f'j=d.createElement(s);j.async=true;j.src="https://tm.portoagora.example/gtm.js?id="+i;f.parentNode.insertBefore(j,f)}})(window,document,"script","dataLayer","GTM-PAG71XZ");</script>'
        f'<script async src="https://pub.portoagora.example/gpt/pubads.js"></script>'
        f'<script>var pbjs=pbjs||{{}};pbjs.que=pbjs.que||[];window.paAds={{rede:"/90331/portoagora",editoria:"{a["secao"][1]}",'
        f'slots:["topo","lateral1","lateral2","meio1","rodape"],lazy:true,refresh:false}};</script>'
    )


def pagina(a, charset="utf-8"):
    pub, mod = a["published"], a.get("modified")
    url, titulo = a["url"], a["headline"]
    sec_nome, sec_slug = a["secao"]
    items = a["body"]
    hoje = a["hoje"]
    foto = next((it for it in items if it["t"] == "img"), None)
    og = f"{IMG}/fotos/{foto['file']}" if foto else f"{STATIC}/img/og-padrao.png"
    desc = a.get("linha_fina") or a["descricao"]
    autores = a["autores"]
    agencia = a.get("agencia")

    if agencia:
        assinatura = f'<span class="materia__autor">Da {e(agencia)}</span>'
    else:
        nomes = " e ".join(f'<a class="materia__autor" href="{HOST}/autor/{slugify(n)}">{e(n)}</a>' for n in autores)
        assinatura = f'<span>Por {nomes}</span>'
    if a["modo"] == "noscript":
        datas = f'<time datetime="{pub.isoformat()}">{data_extenso(pub)}</time>'
        if mod:
            datas += f'<span>Atualizado em <time datetime="{mod.isoformat()}">{data_extenso(mod)}</time></span>'
    else:
        datas = f'<span class="materia__data">{data_extenso(pub)}</span>'
        if mod:
            datas += f'<span>Atualizado em {data_extenso(mod)}</span>'
    cabeca_materia = ((f'<p class="materia__chapeu">{e(a["chapeu"])}</p>' if a.get("chapeu") else "")
                      + f'<h1 class="materia__titulo">{e(titulo)}</h1>'
                      + (f'<p class="materia__linha-fina">{e(a["linha_fina"])}</p>' if a.get("linha_fina") else "")
                      + f'<div class="materia__meta">{assinatura}{datas}</div>')
    corpo = f'<div class="materia__conteudo">{corpos(body_html(items, in_noscript=a["modo"] == "noscript"))}</div>'
    tags = ""
    if a.get("tags_visiveis"):
        tags = '<div class="tags">' + "".join(f'<a href="{HOST}/tag/{slugify(t)}">{e(t)}</a>' for t in a["tags"]) + "</div>"
    comentarios = ""
    if a.get("comentarios"):
        comentarios = (f'<section class="comentarios" id="comentarios"><h2 class="lateral__titulo">Comentários ({a["comentarios"]})</h2>'
                       f'<p>Os comentários são de responsabilidade de seus autores e não representam a opinião do Porto Ágora. '
                       f'<a href="{HOST}/conta/entrar?retorno=comentarios">Entre</a> para comentar.</p>'
                       f'<div id="pa-comentarios" data-thread="materia-{a["mid"]}"></div></section>')

    if a["modo"] == "noscript":
        principal = (f'<div id="app" class="app-materia" data-materia-id="{a["mid"]}" data-endpoint="https://api.portoagora.example/v2/materias/{a["mid"]}"></div>'
                     f'<noscript><div class="aviso-js">Para uma experiência completa, ative o JavaScript no seu navegador.</div>'
                     f'<article class="materia materia--estatica">{cabeca_materia}{corpo}</article></noscript>')
    else:
        principal = (f'<article class="materia" id="materia-{a["mid"]}">{cabeca_materia}{compartilhar(url, titulo)}{corpo}{tags}</article>'
                     f'{comentarios}')
    if a["modo"] == "noscript":
        principal += compartilhar(url, titulo)
    principal += relacionadas(a["relacionadas"])

    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": url, "headline": a.get("titulo_seo") or titulo,
          "description": desc, "image": [og], "datePublished": pub.isoformat(), "dateModified": (mod or pub).isoformat(),
          "author": ([{"@type": "Organization", "name": agencia}] if agencia else [{"@type": "Person", "name": n} for n in autores]),
          "publisher": {"@type": "NewsMediaOrganization", "name": NAME, "logo": {"@type": "ImageObject", "url": f"{STATIC}/img/logo-600x60.png"}},
          "articleSection": sec_nome, "inLanguage": "pt-BR", "isAccessibleForFree": True}
    ld_text = _json.dumps(ld, ensure_ascii=False)
    config = {"site": "portoagora", "api": "https://api.portoagora.example/v2", "cdn": STATIC, "materia": {"id": a["mid"], "editoria": sec_slug, "tipo": a["tipo"]},
              "menu": [{"rotulo": n, "url": f"/{s}", "sub": [{"rotulo": x, "url": f"/{s}/{slugify(x)}"} for x in subs]} for n, s, subs in MENU], "versao": "5.12.3"}
    seo = a.get("titulo_seo") or titulo
    mod_meta = f'<meta property="article:modified_time" content="{mod.isoformat()}">' if mod else ""
    return (
        f'<!DOCTYPE html>\n<html lang="pt-BR"><head><meta charset="{charset}"><meta name="viewport" content="width=device-width, initial-scale=1">'
        + (f'<title>{e(seo)}</title>' if a["modo"] == "noscript" else f'<title>{e(seo)} | Porto Ágora</title>') +
        f'<meta name="description" content="{at(desc)}"><link rel="canonical" href="{url}">'
        f'<meta name="robots" content="index,follow,max-image-preview:large">'
        f'<meta property="og:locale" content="pt_BR"><meta property="og:type" content="article"><meta property="og:site_name" content="Porto Ágora">'
        f'<meta property="og:title" content="{at(seo) + ("" if a["modo"] == "noscript" else " | Porto Ágora")}"><meta property="og:description" content="{at(desc)}"><meta property="og:url" content="{url}">'
        f'<meta property="og:image" content="{og}"><meta name="twitter:card" content="summary_large_image"><meta name="twitter:site" content="@portoagora">'
        + (f'<meta property="article:published_time" content="{pub.isoformat()}">' if a["modo"] == "noscript" else "") + f'{mod_meta}<meta property="article:section" content="{at(sec_nome)}">'
        + "".join(f'<meta property="article:tag" content="{at(t)}">' for t in a["tags"]) +
        f'<link rel="icon" href="{STATIC}/img/favicon.png"><link rel="preconnect" href="{IMG}"><link rel="preconnect" href="https://api.portoagora.example">'
        + (f'<script type="application/ld+json">{ld_text}</script>' if a["modo"] == "noscript" else "") + f'{scripts_cabeca(a)}'
        f'<link rel="stylesheet" href="{STATIC}/css/portal.5f2c81.css"><style>{CSS}</style><style>{ATOMS}</style>'
        f'<script>window.PA_TCF={_json.dumps({"vendors": _vendors("porto-agora", 90)}, ensure_ascii=False)};window.PA_PREBID={_json.dumps(_prebid(a["mid"], [("topo", [[970, 250], [728, 90]]), ("lateral1", [[300, 600], [300, 250]]), ("lateral2", [[300, 250]]), ("meio1", [[300, 250], [336, 280]]), ("rodape", [[728, 90], [320, 50]])]))};</script></head>'
        f'<body class="pagina-materia editoria-{sec_slug}">{SPRITE}<noscript><img height="1" width="1" style="display:none" src="https://tm.portoagora.example/px?id=GTM-PAG71XZ" alt=""></noscript>'
        f'{cabecalho(hoje, sec_slug)}{menu_lateral()}'
        f'<nav class="trilha" aria-label="Você está em"><a href="{HOST}/">Início</a> &rsaquo; <a href="{HOST}/{sec_slug}">{e(sec_nome)}</a></nav>'
        f'<div class="pagina"><div class="pagina__container"><div class="pagina__grade"><main><div class="pagina__coluna">{principal}</div></main>{lateral(hoje)}</div></div></div>{mais_noticias()}{rodape(hoje.year)}{aviso_cookies()}'
        f'<script>window.__PA_CONFIG__={_json.dumps(config, ensure_ascii=False)};</script>'
        f'<script src="{STATIC}/js/vendor.3b91e0.js" defer></script><script src="{STATIC}/js/portal.a7d240.js" defer></script>'
        + (f'<script src="{STATIC}/js/app-materia.8f3a2c.js" defer></script>' if a["modo"] == "noscript" else "")
        + "</body></html>"
    )


ATOMS = _atomic_css("pa-")
SPRITE = _sprite("porto-agora", "pa", ["seta", "menu", "busca", "whatsapp", "facebook", "x", "telegram", "link", "fechar", "play", "usuario"])

# ---------------------------------------------------------------- articles

def d(y, m, day, h, mi):
    return _dt.datetime(y, m, day, h, mi, tzinfo=BRT)


ARTIGOS = []

# 01: legacy server-rendered, Leia também ------------------------------------------------------
ARTIGOS.append(dict(
    id=f"{SITE}-01", mid="pa-512044", modo="ssr", tipo="reportagem",
    url=f"{HOST}/porto-alegre/2015/06/17/cooperativa-de-catadores-inaugura-central-de-triagem-na-zona-norte.html",
    secao=("Porto Alegre", "porto-alegre"), hoje=_dt.date(2015, 6, 18),
    chapeu="Reciclagem",
    headline="Cooperativa de catadores inaugura central de triagem e promete dobrar renda de 80 famílias",
    linha_fina="Galpão no bairro Sarandi vai processar até 12 toneladas de recicláveis por dia; equipamentos foram doados por uma rede de supermercados",
    descricao="Cooperativa Recicla Sul inaugura central de triagem no Sarandi.",
    autores=["Luciana Ferraz"], published=d(2015, 6, 17, 9, 12),
    tags=["Reciclagem", "Zona Norte", "Cooperativas", "Meio ambiente"], tags_visiveis=True,
    relacionadas=[("Coleta seletiva chega a mais 12 bairros da Capital", d(2015, 6, 2, 14, 20), "/porto-alegre/2015/06/02/coleta-seletiva-12-bairros.html"),
                  ("Catadores pedem galpões e contratos fixos", d(2015, 5, 20, 10, 5), "/porto-alegre/2015/05/20/catadores-pedem-galpoes.html"),
                  ("Lixo eletrônico: onde descartar em Porto Alegre", d(2015, 4, 28, 8, 0), "/porto-alegre/2015/04/28/onde-descartar-lixo-eletronico.html")],
    body=[
        P("A Cooperativa Recicla Sul inaugurou nesta terça-feira (16) uma central de triagem de materiais recicláveis no bairro Sarandi, na Zona Norte de Porto Alegre. O galpão, de 1,8 mil metros quadrados, tem capacidade para separar até 12 toneladas de resíduos por dia, o dobro do que a cooperativa processava em sua antiga sede."),
        FIG("2015/06/17/central-triagem-sarandi.jpg", "Cooperados separam papelão e plástico na esteira da nova central, no Sarandi.", "Júlio Andrade / Porto Ágora"),
        P("A obra custou R$ 1,4 milhão, pagos com recursos de um fundo de investimento social e de uma campanha de doações. As esteiras, a prensa hidráulica e a balança industrial foram doadas pela rede de supermercados Mercado Vizinho, que também passará a enviar à cooperativa as embalagens recolhidas em suas 23 lojas na Região Metropolitana."),
        H("Renda deve dobrar"),
        P("Hoje, os 80 cooperados recebem em média R$ 780 por mês, abaixo do salário mínimo. Com o aumento do volume e a venda direta para indústrias, sem intermediários, a expectativa é de que a renda chegue a R$ 1,5 mil até o fim do ano, segundo a presidente da cooperativa, Marlene Siqueira."),
        P("— A gente trabalhava na chuva, no barro, separando tudo no chão. Agora tem esteira, tem telhado, tem banheiro. Parece pouco, mas muda a vida de quem está aqui todos os dias — disse Marlene, que começou a catar papelão nas ruas do Centro aos 14 anos."),
        LEIA("Coleta seletiva chega a mais 12 bairros da Capital", "/porto-alegre/2015/06/02/coleta-seletiva-12-bairros.html"),
        AD(1),
        P("A central também terá uma sala de aula, onde os cooperados farão cursos de alfabetização e de gestão financeira em parceria com o Instituto Mãos Dadas, organização que atua com catadores desde 2004."),
        H("Desafio é a separação em casa"),
        P("Apesar do novo espaço, a cooperativa enfrenta um problema antigo: cerca de 40% do material que chega da coleta seletiva não pode ser reaproveitado, porque vem misturado com restos de comida ou rejeitos."),
        P("— Se cada família separar o lixo seco do orgânico, a gente consegue aproveitar quase tudo — afirmou o coordenador de produção, Everton Lacerda."),
        P("O engenheiro ambiental Rafael Quintana, que pesquisa a cadeia da reciclagem, avalia que centrais como a da Recicla Sul são essenciais para que a reciclagem avance na cidade. — As cooperativas fazem um serviço público que ninguém vê. Sem estrutura adequada, elas perdem material e as pessoas perdem renda — disse."),
        H("Mais gente na fila"),
        P("A ampliação deve abrir vagas para novos cooperados. Segundo a presidente da cooperativa, Marlene Siqueira, há 35 pessoas numa lista de espera, a maioria mulheres que hoje trabalham sozinhas nas ruas, com carrinhos de mão. — Quem cata sozinho vende para o atravessador pelo preço que ele quer. Aqui dentro a gente negocia junto e consegue o dobro — explicou."),
        P("A prefeitura, que repassa à cooperativa parte do material da coleta seletiva, promete ampliar o volume enviado ao galpão a partir do segundo semestre. O diretor do departamento de limpeza urbana, Vilmar Kessler, disse que o contrato com as cooperativas será revisto para incluir um pagamento por tonelada triada, uma reivindicação antiga dos catadores."),
        P("Para os vizinhos do galpão, a mudança também é bem-vinda. O comerciante Jair Bittencourt, que tem um armazém na mesma rua, lembra que o material ficava amontoado na calçada antes da obra. — Tinha rato, tinha mau cheiro. Agora está tudo lá dentro, organizado — contou."),
        P("A central funciona de segunda a sábado, das 7h às 17h, e também recebe doações de materiais recicláveis levados diretamente pelos moradores."),
    ],
    entities=[("Vilmar Kessler", "PER"), ("Jair Bittencourt", "PER"), ("Cooperativa Recicla Sul", "ORG"), ("Recicla Sul", "ORG"), ("Sarandi", "LOC"), ("Zona Norte", "LOC"), ("Porto Alegre", "LOC"),
              ("Mercado Vizinho", "ORG"), ("Região Metropolitana", "LOC"), ("Marlene Siqueira", "PER"), ("Marlene", "PER"),
              ("Centro", "LOC"), ("Instituto Mãos Dadas", "ORG"), ("Everton Lacerda", "PER"), ("Rafael Quintana", "PER")],
    notes="The 'Leia também' line between paragraphs is an insert, not body; quotes use the Brazilian dash style and stay inside their paragraphs.",
))

# 02: noscript-only article, table -------------------------------------------------------------
ARTIGOS.append(dict(
    id=f"{SITE}-02", mid="pa-560918", modo="noscript", tipo="noticia",
    url=f"{HOST}/economia/noticia/2016/09/vinicolas-da-serra-apostam-em-espumante-ck7t2m.html",
    secao=("Economia", "economia"), hoje=_dt.date(2016, 9, 3),
    headline="Vinícolas da Serra apostam em espumante e esperam exportar 40% mais em 2017",
    titulo_seo="Exportação de espumante da Serra Gaúcha deve crescer 40% em 2017",
    linha_fina="Produtores de Garibaldi e Bento Gonçalves investem em novas alas de fermentação para atender importadores da Ásia",
    descricao="Vinícolas da Serra Gaúcha esperam exportar 40% mais espumante em 2017.",
    autores=["Fernando Bortolini"], published=d(2016, 9, 2, 18, 40),
    tags=["Vinho", "Serra Gaúcha", "Exportação", "Agronegócio"],
    relacionadas=[("Geada atinge parreirais e preocupa produtores", d(2016, 8, 18, 9, 30), "/economia/noticia/2016/08/geada-parreirais.html"),
                  ("Enoturismo cresce 18% na Serra no inverno", d(2016, 7, 30, 11, 0), "/economia/noticia/2016/07/enoturismo-cresce.html"),
                  ("Suco de uva gaúcho ganha mercado no Nordeste", d(2016, 8, 5, 16, 45), "/economia/noticia/2016/08/suco-de-uva-nordeste.html")],
    body=[
        P("As vinícolas da Serra Gaúcha preparam-se para ampliar as exportações de espumante no próximo ano. Levantamento da Associação dos Produtores de Espumante da Serra (Apes) indica que as vendas ao exterior devem crescer 40% em 2017, puxadas por novos contratos com importadores da China, do Japão e da Coreia do Sul."),
        FIG("2016/09/02/tanques-cerro-alto.jpg", "Novos tanques de fermentação da Vinícola Cerro Alto, em Garibaldi.", "Vinícola Cerro Alto / Divulgação"),
        P("Nos últimos três anos, as exportações da região mais que dobraram, segundo a entidade. Em 2015, foram embarcados 2,1 milhões de litros, ante 0,9 milhão em 2013."),
        TABLE([["Ano", "Litros exportados", "Principais destinos"],
               ["2013", "0,9 milhão", "Estados Unidos, Paraguai"],
               ["2014", "1,4 milhão", "Estados Unidos, China"],
               ["2015", "2,1 milhões", "China, Estados Unidos, Japão"],
               ["2016*", "2,6 milhões", "China, Japão, Coreia do Sul"]], source="*Projeção. Fonte: Apes"),
        P("Em Garibaldi, a Vinícola Cerro Alto investiu R$ 6 milhões em uma nova ala de fermentação, com 18 tanques de aço inoxidável. A empresa, fundada por imigrantes italianos em 1931, hoje exporta um terço de sua produção."),
        P("— Há dez anos, ninguém lá fora sabia que o Brasil fazia espumante. Hoje o importador chinês chega aqui perguntando pelo nosso moscatel — contou o enólogo-chefe da Cerro Alto, Giovani Dall'Agnol."),
        P("Em Bento Gonçalves, a cooperativa Vinhos do Vale ampliou em 30% a capacidade de sua cave e contratou uma consultoria para adaptar rótulos e embalagens às exigências dos mercados asiáticos, que pedem informações em chinês e em japonês."),
        P("O avanço, porém, esbarra em custos. Os produtores reclamam do preço das garrafas, que subiu 22% em um ano, e da burocracia para exportar. A presidente da Apes, Sílvia Benincá, diz que uma pequena vinícola leva até 40 dias para liberar um contêiner."),
        P("— O produto é bom, o mercado existe. O que falta é tornar o caminho até o porto mais curto e mais barato — afirmou Sílvia."),
        P("A safra de uva de 2017, que começa a ser colhida em janeiro, deve ter boa qualidade, segundo técnicos da região, graças ao inverno frio e seco, que favorece a brotação uniforme das videiras."),
    ],
    entities=[("Serra Gaúcha", "LOC"), ("Serra", "LOC"), ("Associação dos Produtores de Espumante da Serra", "ORG"), ("Apes", "ORG"),
              ("Garibaldi", "LOC"), ("Bento Gonçalves", "LOC"), ("Ásia", "LOC"), ("China", "LOC"), ("Japão", "LOC"),
              ("Coreia do Sul", "LOC"), ("Estados Unidos", "LOC"), ("Paraguai", "LOC"), ("Vinícola Cerro Alto", "ORG"),
              ("Cerro Alto", "ORG"), ("italianos", "MISC"), ("Brasil", "LOC"), ("chinês", "MISC"), ("Giovani Dall'Agnol", "PER"),
              ("Vinhos do Vale", "ORG"), ("asiáticos", "MISC"), ("japonês", "MISC"), ("Sílvia Benincá", "PER"), ("Sílvia", "PER")],
    notes="The article exists only inside <noscript> (the app container is empty); 'chinês' and 'japonês' are tagged MISC (demonym, language); the table's source line is an optional caption.",
))

# 03: noscript-only article, Leia também ------------------------------------------------------
ARTIGOS.append(dict(
    id=f"{SITE}-03", mid="pa-577302", modo="noscript", tipo="noticia",
    url=f"{HOST}/saude/hospital-de-caxias-abre-ala-de-oncologia-pediatrica-577302",
    secao=("Saúde", "saude"), hoje=_dt.date(2017, 4, 11),
    headline="Hospital de Caxias do Sul abre ala de oncologia pediátrica e encurta caminho de famílias da Serra",
    linha_fina="Nova unidade tem 16 leitos e deve evitar que crianças viajem até a Capital para receber tratamento",
    descricao="Hospital Santa Clara do Sul inaugura ala de oncologia pediátrica em Caxias do Sul.",
    autores=["Patrícia Menegotto"], published=d(2017, 4, 11, 7, 5),
    tags=["Saúde", "Caxias do Sul", "Câncer infantil", "Hospitais"], tags_visiveis=True,
    relacionadas=[("Campanha de doação de medula óssea bate recorde na Serra", d(2017, 3, 28, 15, 10), "/saude/campanha-medula-recorde-serra-575811"),
                  ("Casa de apoio a pacientes amplia vagas na Capital", d(2017, 2, 14, 10, 40), "/saude/casa-de-apoio-amplia-vagas-571902"),
                  ("Fila para exames de imagem cai 30% no interior", d(2017, 3, 9, 8, 25), "/saude/fila-exames-imagem-interior-574120")],
    body=[
        P("Crianças com câncer da Serra Gaúcha não vão mais precisar viajar até Porto Alegre para receber quimioterapia. O Hospital Santa Clara do Sul, em Caxias do Sul, inaugurou na segunda-feira uma ala de oncologia pediátrica com 16 leitos, dois deles de isolamento, e uma sala de quimioterapia ambulatorial com oito poltronas."),
        P("A unidade custou R$ 9,2 milhões, bancados em grande parte pela Fundação Girassol, criada em 2009 por famílias de pacientes, e por doações de empresas da região. A expectativa é atender cerca de 300 crianças e adolescentes por ano."),
        FIG("2017/04/11/ala-oncologia-pediatrica.jpg", "Quarto da nova ala, com paredes pintadas por artistas de Caxias do Sul.", "Renata Boff / Porto Ágora"),
        P("Até agora, os pacientes eram encaminhados a hospitais da Capital, a 130 quilômetros. Muitas famílias passavam semanas longe de casa durante o tratamento."),
        P("— Teve mês em que eu fiz a viagem 11 vezes. A gente dormia no carro quando não tinha vaga na casa de apoio — lembrou a auxiliar administrativa Rosângela Tessaro, mãe de uma menina de oito anos que terminou o tratamento de leucemia em dezembro."),
        LEIA("Campanha de doação de medula óssea bate recorde na Serra", "/saude/campanha-medula-recorde-serra-575811"),
        P("A ala foi projetada para reduzir o impacto da internação. Os quartos têm paredes pintadas por artistas locais, há uma brinquedoteca e uma sala de aula, onde professores da rede municipal darão aulas aos pacientes internados por longos períodos."),
        P("O oncologista pediátrico Henrique Scopel, que coordena a nova unidade, diz que o diagnóstico precoce é o fator mais importante para a cura. — Hoje, cerca de 70% das crianças com câncer podem ser curadas quando o tratamento começa cedo e no lugar certo. Ter o serviço perto de casa ajuda a não perder tempo — afirmou."),
        P("A equipe terá 42 profissionais, entre médicos, enfermeiros, psicólogos, nutricionistas e assistentes sociais. Parte deles fez treinamento de seis meses no Instituto Infantil do Sul, centro de referência em Porto Alegre."),
        P("A presidente da Fundação Girassol, Célia Andreazza, contou que a campanha para construir a ala durou cinco anos e envolveu de jantares beneficentes a uma corrida de rua. — Cada tijolo aqui tem o nome de alguém que ajudou — disse."),
        P("A abertura da ala também deve aliviar a casa de apoio mantida pela fundação em Porto Alegre, que hospeda famílias do interior durante o tratamento. No ano passado, o espaço recebeu 210 famílias da Serra, com permanência média de 19 dias."),
        H("Transporte ainda preocupa"),
        P("Apesar da novidade, famílias de municípios mais distantes, como Vacaria e Bom Jesus, ainda terão de viajar até duas horas para chegar a Caxias do Sul. A Fundação Girassol negocia com as prefeituras da região um serviço de transporte gratuito para os pacientes e seus acompanhantes."),
        P("— A distância diminuiu, mas não acabou. Para uma mãe que não tem carro, duas horas de ônibus com uma criança debilitada ainda é muito — afirmou Célia Andreazza."),
        P("O hospital também pretende abrir, no segundo semestre, um ambulatório de acompanhamento para crianças que já terminaram o tratamento, com consultas periódicas e apoio psicológico às famílias."),
        P("A ala começa a receber os primeiros pacientes na próxima semana, por meio do sistema público e de convênios."),
    ],
    entities=[("Vacaria", "LOC"), ("Bom Jesus", "LOC"), ("Serra Gaúcha", "LOC"), ("Serra", "LOC"), ("Porto Alegre", "LOC"), ("Hospital Santa Clara do Sul", "ORG"),
              ("Caxias do Sul", "LOC"), ("Fundação Girassol", "ORG"), ("Capital", "LOC"), ("Rosângela Tessaro", "PER"),
              ("Henrique Scopel", "PER"), ("Instituto Infantil do Sul", "ORG"), ("Célia Andreazza", "PER")],
    notes="The article exists only inside <noscript>; the hospital is tagged ORG because it acts as an institution here; 'a Capital' (Porto Alegre) is LOC.",
))

# 04: server-rendered chronicle (base of the windows-1252 minimal pair) --------------------------
ARTIGOS.append(dict(
    id=f"{SITE}-04", mid="pa-603117", modo="ssr", tipo="reportagem",
    url=f"{HOST}/cultura/livraria-ventania-e-salva-por-cooperativa-de-leitores",
    secao=("Cultura", "cultura"), hoje=_dt.date(2018, 8, 22),
    chapeu="Memória da cidade",
    headline="Prestes a fechar, livraria de 40 anos na Cidade Baixa é salva por cooperativa de leitores",
    linha_fina="Mais de 600 clientes compraram cotas para manter a Ventania aberta; loja terá clube de leitura e café",
    descricao="Livraria Ventania, na Cidade Baixa, é comprada por uma cooperativa de leitores.",
    autores=["Beatriz Kuhn"], published=d(2018, 8, 21, 15, 30), comentarios=23,
    tags=["Livros", "Cidade Baixa", "Cooperativismo", "Porto Alegre"], tags_visiveis=True,
    relacionadas=[("Feira do livro anuncia patrono e homenageados", d(2018, 8, 9, 12, 0), "/cultura/feira-do-livro-anuncia-patrono"),
                  ("Sebos do Centro resistem com vendas pela internet", d(2018, 7, 16, 9, 45), "/cultura/sebos-do-centro-resistem"),
                  ("Cinema de rua reabre após dois anos fechado", d(2018, 6, 30, 18, 20), "/cultura/cinema-de-rua-reabre")],
    body=[
        P("Quando o aviso de “liquidação total” apareceu na vitrine da Livraria Ventania, em junho, os frequentadores da Cidade Baixa acharam que era o fim de uma das livrarias mais antigas de Porto Alegre. Dois meses depois, a loja continua aberta, agora com mais de 600 donos."),
        FIG("2018/08/21/livraria-ventania.jpg", "Cooperados e clientes lotaram a calçada da Ventania na noite de segunda-feira.", "Tiago Lenz / Porto Ágora"),
        P("Um grupo de clientes criou a Cooperativa de Leitores Ventania, que comprou o ponto, o estoque de 28 mil livros e a marca por R$ 380 mil. Cada cota custou R$ 500, e houve quem comprasse mais de uma. A nova fase foi apresentada em uma festa na noite de segunda-feira, com leitura de poemas na calçada da Rua da República."),
        P("Fundada em 1978 pelo livreiro Ademar Schneider, que morreu no ano passado, a Ventania resistiu à chegada das grandes redes e ao comércio eletrônico, mas não às dívidas acumuladas nos últimos anos. A família decidiu vender o negócio e, sem compradores, anunciou o fechamento."),
        AD(1),
        H("Clube de leitura e café"),
        P("— Não dava para deixar fechar. Foi aqui que eu comprei meu primeiro livro com o dinheiro da mesada — disse a professora Juliana Amaral, de 41 anos, uma das articuladoras da cooperativa e hoje presidente do conselho."),
        P("A cooperativa contratou os três funcionários antigos da loja e planeja mudanças: um café no mezanino, um clube de leitura mensal e uma programação de lançamentos de autores gaúchos. Os cooperados têm 15% de desconto nas compras."),
        P("Para a pesquisadora do mercado editorial Helena Vasconcellos, a iniciativa segue uma tendência observada em outras cidades. — A livraria de bairro deixou de ser só uma loja. As pessoas estão dispostas a pagar para manter um lugar de encontro — avaliou."),
        P("O filho do fundador, Marcos Schneider, acompanhou a festa da calçada. — Meu pai ia gostar de ver isso. Ele sempre dizia que a Ventania era dos leitores — disse."),
        P("Desde o anúncio da cooperativa, o movimento na loja aumentou. Segundo os funcionários, as vendas de julho foram as maiores em cinco anos, puxadas por cooperados que fizeram questão de comprar na livraria os livros que antes encomendavam pela internet."),
        P("O livreiro mais antigo da casa, Osvaldo Pires, que trabalha na Ventania há 27 anos, diz que nunca viu nada parecido. — Tem gente que entra só para dizer que é dona de um pedacinho da loja. Outro dia uma senhora pediu para tirar foto atrás do balcão — contou, rindo."),
        H("Contas no azul até o fim do ano"),
        P("O plano de negócios da cooperativa prevê que a livraria volte a ter lucro até dezembro. Para isso, o conselho aposta em eventos pagos, como oficinas de escrita, e na venda de livros para escolas do bairro. Parte do acervo antigo, com obras esgotadas, será vendida num sebo virtual."),
        P("Juliana Amaral admite que o desafio é grande. — Ninguém aqui entende de administrar livraria. A gente está aprendendo com os funcionários, que entendem muito mais do que nós — disse."),
        P("A livraria funciona de segunda a sábado, das 9h às 20h. Novas cotas podem ser compradas até o fim de setembro."),
    ],
    entities=[("Osvaldo Pires", "PER"), ("Livraria Ventania", "ORG"), ("Cooperativa de Leitores Ventania", "ORG"), ("Ventania", "ORG"), ("Cidade Baixa", "LOC"),
              ("Porto Alegre", "LOC"), ("Rua da República", "LOC"), ("Ademar Schneider", "PER"), ("Juliana Amaral", "PER"),
              ("gaúchos", "MISC"), ("Helena Vasconcellos", "PER"), ("Marcos Schneider", "PER")],
    notes="'Memória da cidade' is a kicker (chapéu); the photo credit is cut from the caption.",
))

# 05: noscript-only article, sports, no standfirst ----------------------------------------------
ARTIGOS.append(dict(
    id=f"{SITE}-05", mid="pa-641870", modo="noscript", tipo="noticia",
    url=f"{HOST}/esportes/futsal/2019/05/08/atletico-serrano-vence-nos-penaltis-e-vai-a-final",
    secao=("Esportes", "esportes"), hoje=_dt.date(2019, 5, 8),
    chapeu="Futsal feminino",
    headline="Atlético Serrano vence nos pênaltis e está na final da Liga Ouro",
    descricao="Atlético Serrano, de Caxias do Sul, vence nos pênaltis e vai à final da Liga Ouro de Futsal Feminino.",
    autores=["Diego Marchioro"], published=d(2019, 5, 8, 0, 20),
    tags=["Futsal", "Caxias do Sul", "Esporte feminino"],
    relacionadas=[("Artilheira do Serrano sonha com a seleção", d(2019, 4, 26, 17, 0), "/esportes/futsal/2019/04/26/artilheira-do-serrano"),
                  ("Ginásio do Vinhedo terá reforma no segundo semestre", d(2019, 4, 12, 13, 15), "/esportes/futsal/2019/04/12/ginasio-do-vinhedo-reforma"),
                  ("Clubes do interior dividem custos de viagem", d(2019, 3, 30, 10, 0), "/esportes/2019/03/30/clubes-dividem-custos")],
    body=[
        P("O Atlético Serrano, de Caxias do Sul, está na final da Liga Ouro de Futsal Feminino. Na noite desta terça-feira, diante de 3,2 mil torcedores no Ginásio do Vinhedo, a equipe empatou em 2 a 2 com o Esporte Clube Maré Alta, de Florianópolis, no tempo normal e venceu por 4 a 3 nas cobranças de pênalti."),
        P("A goleira Tainá Rech foi a heroína da classificação ao defender duas cobranças. — Eu estudei as batedoras a semana inteira. Na hora, fui no instinto — disse Tainá, de 23 anos, ainda no meio da quadra, cercada pelas companheiras."),
        P("O jogo foi equilibrado desde o início. A Maré Alta abriu o placar aos 6 minutos do primeiro tempo, com a ala Priscila Dutra, e ampliou no começo do segundo. O Serrano reagiu com dois gols em quatro minutos, ambos da pivô Camila Furlan, artilheira da competição, com 19 gols."),
        FIG("2019/05/08/serrano-final.jpg", "Jogadoras do Atlético Serrano comemoram a vaga na final no Ginásio do Vinhedo.", "Rodrigo Zanella / Porto Ágora"),
        P("Nas cobranças, a fixa Luana Pereira converteu o último pênalti. A arquibancada, tomada por torcedores com bandeiras verdes e brancas, cantou até muito depois do apito final."),
        P("— O grupo merecia. Há quatro anos a gente treinava em quadra de escola, sem vestiário. Chegar a uma final nacional com essas meninas é o maior momento da minha carreira — afirmou o técnico Paulo Casagrande."),
        P("A final, em jogos de ida e volta, será contra o vencedor do confronto entre Real Cerrado, de Goiânia, e Unidas do Norte, de Manaus, que se enfrentam nesta quarta-feira. O primeiro jogo está marcado para o dia 18, fora de casa, e a decisão será em Caxias do Sul, uma semana depois."),
        P("A campanha do Serrano na Liga Ouro foi marcada pela defesa. Em 14 jogos, a equipe sofreu apenas 17 gols, a menor média da competição. Tainá Rech, que chegou ao clube no ano passado vinda de uma equipe de Santa Catarina, é uma das principais responsáveis pelos números."),
        P("O presidente do clube, Valdir Boff, disse que a diretoria estuda levar a partida decisiva em casa para um ginásio maior, caso a organização do campeonato aceite. — A cidade abraçou o time. Se for preciso, a gente coloca arquibancada extra — afirmou."),
        P("Na arquibancada, a aposentada Iracema Tomazzoni, de 67 anos, acompanhava a neta, que joga nas categorias de base do clube. — Eu venho a todos os jogos. Quando comecei, éramos 50 pessoas aqui. Hoje não cabe mais ninguém — disse."),
        P("O clube, fundado em 2012, sobrevive com patrocínio de empresas locais e uma vaquinha virtual que arrecadou R$ 45 mil neste ano para custear as viagens da equipe."),
    ],
    entities=[("Santa Catarina", "LOC"), ("Valdir Boff", "PER"), ("Iracema Tomazzoni", "PER"), ("Atlético Serrano", "ORG"), ("Serrano", "ORG"), ("Liga Ouro de Futsal Feminino", "MISC"), ("Liga Ouro", "MISC"),
              ("Caxias do Sul", "LOC"), ("Ginásio do Vinhedo", "LOC"), ("Esporte Clube Maré Alta", "ORG"), ("Maré Alta", "ORG"),
              ("Florianópolis", "LOC"), ("Tainá Rech", "PER"), ("Tainá", "PER"), ("Priscila Dutra", "PER"), ("Camila Furlan", "PER"),
              ("Luana Pereira", "PER"), ("Paulo Casagrande", "PER"), ("Real Cerrado", "ORG"), ("Goiânia", "LOC"),
              ("Unidas do Norte", "ORG"), ("Manaus", "LOC")],
    notes="The article exists only inside <noscript>; the competition name is tagged MISC (event); there is no standfirst.",
))

# 06: noscript-only article, agency copy with dateline ---------------------------------------------
ARTIGOS.append(dict(
    id=f"{SITE}-06", mid="pa-703355", modo="noscript", tipo="agencia",
    url=f"{HOST}/rio-grande-do-sul/estiagem-rio-uruguai-balsas-suspensas-8831204",
    secao=("Rio Grande do Sul", "rio-grande-do-sul"), hoje=_dt.date(2020, 11, 26),
    headline="Estiagem derruba nível do Rio Uruguai e suspende travessia de balsas na fronteira",
    titulo_seo="Rio Uruguai baixo suspende balsas entre Porto Xavier e San Javier",
    linha_fina="Em Porto Xavier, rio está 4,8 metros abaixo da média para novembro; comerciantes relatam queda nas vendas",
    descricao="Estiagem suspende travessia de balsas no Rio Uruguai.",
    autores=["Agência Sulpress"], agencia="Agência Sulpress", published=d(2020, 11, 25, 16, 0),
    tags=["Estiagem", "Rio Uruguai", "Missões", "Fronteira"],
    relacionadas=[("Estiagem já afeta 90 municípios gaúchos", d(2020, 11, 19, 12, 30), "/rio-grande-do-sul/estiagem-90-municipios-8829011"),
                  ("Produtores antecipam colheita do trigo", d(2020, 11, 10, 9, 0), "/economia/produtores-antecipam-colheita-8826540"),
                  ("Previsão indica chuva irregular até janeiro", d(2020, 11, 23, 18, 5), "/rio-grande-do-sul/previsao-chuva-irregular-8830422")],
    body=[
        P("PORTO XAVIER (RS) – A estiagem que atinge o noroeste gaúcho desde agosto derrubou o nível do Rio Uruguai a ponto de interromper a travessia de balsas entre Porto Xavier e a cidade argentina de San Javier. A empresa Balsas Fronteira, que opera a ligação, suspendeu o serviço na segunda-feira, quando o rio chegou a 4,8 metros abaixo da média para o mês."),
        P("Segundo a companhia, as balsas precisam de pelo menos 1,6 metro de profundidade no canal de navegação para operar com segurança. Nesta quarta-feira, a medição no porto marcava 1,2 metro."),
        P("— Nunca vi o rio assim em novembro. Tem pedra aparecendo onde a gente nunca imaginou — disse o comandante Osvaldo Kerber, que trabalha na travessia há 27 anos."),
        FIG("2020/11/25/rio-uruguai-baixo.jpg", "Pedras expostas no leito do Rio Uruguai, perto do porto de Porto Xavier.", "Agência Sulpress"),
        P("A travessia transporta, em média, 400 pessoas e 60 veículos por dia, além de cargas de erva-mate, grãos e materiais de construção. Sem as balsas, a alternativa mais próxima é a ponte internacional de São Borja, a cerca de 200 quilômetros."),
        P("O comércio local sente o impacto. A presidente da associação comercial do município, Nádia Brum, estima que as vendas caíram 30% desde o início da semana. — Metade dos clientes das lojas do centro vem do outro lado do rio — explicou."),
        P("Produtores rurais também enfrentam prejuízos. De acordo com a Cooperativa Agrícola Missões Unidas, as lavouras de milho da região já perderam cerca de 35% do potencial de produção por falta de chuva, e o plantio de soja está atrasado."),
        P("A meteorologista Carla Wendt, do Centro Regional de Clima do Sul, afirma que a tendência é de chuva abaixo da média até janeiro no oeste do Estado, o que deve manter o rio baixo nas próximas semanas. — Precisaríamos de vários dias de chuva forte na bacia para uma recuperação consistente — disse."),
        P("A Balsas Fronteira informou que vai retomar a travessia assim que o nível permitir e que, enquanto isso, mantém um barco menor para o transporte de passageiros em casos de emergência de saúde."),
    ],
    entities=[("PORTO XAVIER", "LOC"), ("RS", "LOC"), ("gaúcho", "MISC"), ("Rio Uruguai", "LOC"), ("Porto Xavier", "LOC"),
              ("argentina", "MISC"), ("San Javier", "LOC"), ("Balsas Fronteira", "ORG"), ("Osvaldo Kerber", "PER"),
              ("São Borja", "LOC"), ("Nádia Brum", "PER"), ("Cooperativa Agrícola Missões Unidas", "ORG"), ("Carla Wendt", "PER"),
              ("Centro Regional de Clima do Sul", "ORG")],
    notes="Agency copy: the byline 'Da Agência Sulpress' gives the agency as author; the dateline 'PORTO XAVIER (RS) –' stays in the first paragraph; the photo credit is cut from the caption.",
))

# 07: server-rendered tech story, two authors, list, Leia também, update note -----------------------
ARTIGOS.append(dict(
    id=f"{SITE}-07", mid="pa-781406", modo="ssr", tipo="reportagem",
    url=f"{HOST}/tecnologia/2023/03/14/startup-gaucha-cria-sensor-para-alertar-sobre-cheias-de-arroios.html",
    secao=("Tecnologia", "tecnologia"), hoje=_dt.date(2023, 3, 15),
    headline="Startup gaúcha cria sensor de baixo custo para alertar moradores sobre cheias de arroios",
    linha_fina="Equipamento mede o nível da água a cada minuto e envia alertas pelo celular; projeto-piloto começa em 12 pontos da Região Metropolitana",
    descricao="Sentinela Hídrica testa sensores de cheia em arroios da Região Metropolitana.",
    autores=["Rodrigo Sperb", "Ana Cláudia Volkmer"], published=d(2023, 3, 14, 10, 45), modified=d(2023, 3, 14, 17, 20),
    comentarios=8,
    tags=["Inovação", "Startups", "Enchentes", "Região Metropolitana"], tags_visiveis=True,
    relacionadas=[("Chuva volumosa deixa ruas alagadas em bairros da Zona Sul", d(2023, 2, 27, 19, 40), "/porto-alegre/2023/02/27/chuva-ruas-alagadas-zona-sul.html"),
                  ("Aceleradora gaúcha abre inscrições para 40 startups", d(2023, 3, 2, 11, 15), "/tecnologia/2023/03/02/aceleradora-inscricoes.html"),
                  ("Como funcionam os alertas de desastre por celular", d(2023, 1, 18, 8, 30), "/tecnologia/2023/01/18/alertas-de-desastre-celular.html")],
    body=[
        P("Uma startup de Porto Alegre desenvolveu um sensor de baixo custo que mede o nível de arroios a cada minuto e avisa moradores por mensagem de celular quando a água sobe rápido demais. O equipamento, criado pela Sentinela Hídrica, começa a ser testado neste mês em 12 pontos de quatro cidades da Região Metropolitana."),
        P("Cada sensor custa cerca de R$ 2,3 mil, um décimo do preço de estações hidrológicas convencionais, segundo a empresa. O aparelho é instalado sob pontes e usa ondas de ultrassom para medir a distância até a superfície da água. Os dados são transmitidos pela rede de celular e ficam disponíveis em um painel público na internet."),
        H("Como funciona o alerta"),
        UL("O sensor mede a altura da água a cada 60 segundos.",
           "Se o nível sobe mais de 30 centímetros em 15 minutos, o sistema dispara um aviso.",
           "Moradores cadastrados recebem a mensagem no celular, com o nome do arroio e o ponto monitorado.",
           "Um segundo aviso é enviado se a água atingir a cota de transbordamento."),
        P("A ideia surgiu depois que um dos fundadores, o engenheiro Tiago Rambo, viu a casa dos pais ser alagada em 2020. — A água subiu quase um metro em meia hora. Se alguém tivesse avisado 20 minutos antes, daria para tirar os móveis, o carro, os documentos — contou."),
        LEIA("Chuva volumosa deixa ruas alagadas em bairros da Zona Sul", "/porto-alegre/2023/02/27/chuva-ruas-alagadas-zona-sul.html"),
        AD(1),
        H("Parceria com associações de bairro"),
        P("O projeto-piloto é financiado por um edital de inovação de uma fundação privada e conta com o apoio de associações de moradores, responsáveis por cadastrar as famílias que vivem perto dos arroios. Em Alvorada, a presidente da Associação de Moradores da Vila Figueira, Ivone Lemos, diz que 140 famílias já se inscreveram."),
        P("— Aqui todo mundo tem celular. O que faltava era a informação chegar a tempo — afirmou Ivone."),
        P("Especialistas veem a iniciativa com bons olhos, mas alertam que sensores não substituem obras de drenagem. O professor de hidrologia Anselmo Tonetto lembra que muitos arroios da região foram canalizados ou estreitados ao longo das décadas. — O alerta salva bens e pode salvar vidas, mas a água continua precisando de espaço para passar — disse."),
        P("Nos primeiros dois meses de testes, os sensores instalados em arroios de Porto Alegre, Alvorada e Viamão enviaram 23 alertas, dos quais 19 foram confirmados por moradores como subidas reais da água. Os outros quatro foram causados por galhos e lixo presos sob as pontes, o que levou a empresa a ajustar o software."),
        P("A coordenadoria municipal de proteção civil acompanha o projeto e estuda integrar os dados ao seu próprio sistema de avisos. O coordenador Leandro Pacheco disse que informações em tempo real sobre arroios menores ajudam a decidir quando acionar as equipes. — Hoje a gente depende muito das ligações dos moradores — afirmou."),
        P("Os fundadores dizem que a próxima versão do sensor terá bateria solar, para funcionar mesmo durante as quedas de energia, comuns nos temporais."),
        P("A Sentinela Hídrica pretende expandir a rede para 100 pontos até o fim do ano e negocia a venda do sistema a prefeituras do interior."),
        NOTE("Atualização, às 17h20: a reportagem foi atualizada com o número de famílias cadastradas em Alvorada."),
    ],
    entities=[("Viamão", "LOC"), ("Leandro Pacheco", "PER"), ("gaúcha", "MISC"), ("Porto Alegre", "LOC"), ("Sentinela Hídrica", "ORG"), ("Região Metropolitana", "LOC"),
              ("Tiago Rambo", "PER"), ("Alvorada", "LOC"), ("Associação de Moradores da Vila Figueira", "ORG"), ("Ivone Lemos", "PER"),
              ("Ivone", "PER"), ("Anselmo Tonetto", "PER")],
    notes="Two bylined authors joined by 'e'; the 'Leia também' line is an insert; the update notice is an optional note.",
))

# 08: noscript-only article, education, updated ------------------------------------------------
ARTIGOS.append(dict(
    id=f"{SITE}-08", mid="pa-902281", modo="noscript", tipo="noticia",
    url=f"{HOST}/educacao/noticia/2025/10/02/robotica-com-sucata-escolas-de-pelotas-ml48302.html",
    secao=("Educação", "educacao"), hoje=_dt.date(2025, 10, 3),
    chapeu="Educação",
    headline="Escolas de Pelotas ensinam robótica com sucata eletrônica e viram referência",
    linha_fina="Projeto do Instituto Aprender Fazendo já chegou a 14 escolas; alunos constroem robôs com peças de computadores descartados",
    descricao="Escolas de Pelotas ensinam robótica com sucata eletrônica.",
    autores=["Carolina Padilha"], published=d(2025, 10, 2, 8, 30), modified=d(2025, 10, 2, 12, 5),
    tags=["Educação", "Pelotas", "Robótica", "Lixo eletrônico"],
    relacionadas=[("Olimpíada estadual de robótica tem recorde de equipes", d(2025, 9, 15, 14, 0), "/educacao/noticia/2025/09/15/olimpiada-robotica-recorde.html"),
                  ("Pontos de coleta de lixo eletrônico: veja a lista", d(2025, 9, 22, 9, 10), "/porto-alegre/2025/09/22/lixo-eletronico-pontos.html"),
                  ("Professores criam laboratório de ciências em contêiner", d(2025, 8, 28, 16, 35), "/educacao/noticia/2025/08/28/laboratorio-em-conteiner.html")],
    body=[
        P("Em uma sala de aula da periferia de Pelotas, teclados quebrados, impressoras velhas e carcaças de computador viraram material didático. Com chaves de fenda e ferros de solda, alunos de 11 a 14 anos desmontam os aparelhos, separam motores e sensores e montam os próprios robôs."),
        FIG("2025/10/02/robotica-sucata-pelotas.jpg", "Alunos montam um robô com motores retirados de impressoras antigas.", "Luísa Mattos / Porto Ágora"),
        P("A iniciativa é do Instituto Aprender Fazendo, organização sem fins lucrativos criada em 2019 por professores da cidade, e já chegou a 14 escolas públicas do município, com cerca de 1,1 mil estudantes. As peças vêm de doações de empresas e de uma campanha de recolhimento de lixo eletrônico."),
        P("— Um kit de robótica comprado pronto custa mais de R$ 3 mil. Com sucata, a gente monta um robô funcional gastando menos de R$ 80 — explica o professor de física Maurício Gularte, cofundador do instituto."),
        P("Além de aprender programação e eletrônica, os alunos discutem o destino do lixo eletrônico. Cada turma faz um levantamento dos aparelhos descartados pelas famílias do bairro e calcula quanto material poderia ser reaproveitado."),
        P("Na Escola Municipal Ipê Amarelo, a diretora Rejane Fonseca conta que a frequência às sextas-feiras, dia das oficinas, aumentou. — Tem aluno que faltava muito e agora não perde a sexta de jeito nenhum — diz."),
        P("Neste ano, uma equipe da escola ficou em segundo lugar em uma olimpíada estadual de robótica com um robô que separa tampinhas plásticas por cor. A estudante Yasmin Corrêa, de 13 anos, foi a programadora do grupo. — Eu nunca tinha pensado em ser engenheira. Agora eu penso — disse."),
        P("As oficinas acontecem no contraturno e são conduzidas por professores das próprias escolas, que recebem uma formação de 60 horas do instituto. Os alunos mais velhos atuam como monitores das turmas iniciantes, o que, segundo os professores, também ajuda a desenvolver a responsabilidade e a comunicação."),
        P("Empresas da cidade passaram a colaborar com o projeto. Uma assistência técnica do centro de Pelotas separa semanalmente as peças que seriam descartadas e as entrega ao instituto. O dono da loja, Gilberto Pinheiro, diz que antes pagava para dar destino ao lixo eletrônico. — Agora ele vira aula — resumiu."),
        P("Pais também notam a diferença em casa. A costureira Sandra Rodrigues conta que o filho, de 12 anos, consertou sozinho o rádio da avó. — Ele abriu, achou o fio solto e soldou. A avó chorou — lembrou."),
        P("O instituto recebeu neste mês um prêmio nacional de inovação em educação e planeja levar o projeto a outras cidades da Região Sul em 2026. O desafio, segundo Gularte, é formar professores. — O material a gente consegue. O que precisa é de gente preparada para conduzir as oficinas — afirmou."),
    ],
    entities=[("Gilberto Pinheiro", "PER"), ("Sandra Rodrigues", "PER"), ("Pelotas", "LOC"), ("Instituto Aprender Fazendo", "ORG"), ("Maurício Gularte", "PER"), ("Gularte", "PER"),
              ("Escola Municipal Ipê Amarelo", "ORG"), ("Rejane Fonseca", "PER"), ("Yasmin Corrêa", "PER"), ("Região Sul", "LOC")],
    notes="The article exists only inside <noscript>; 'Educação' above the headline is a kicker (chapéu) repeating the section name.",
))


# ---------------------------------------------------------------- build

def phenomena_of(a, legacy=False):
    tags = {"nav-menu", "footer-links", "cookie-banner", "newsletter-box", "share-bar", "related-list", "ad-slots", "most-read",
            "decoy-date", "local-time-zone", "localized-date"}
    if a["modo"] == "noscript":
        tags.add("json-ld")
    else:
        tags |= {"split-body", "teasers-in-article"}
    kinds = {it["t"] for it in a["body"]}
    if a["modo"] == "noscript":
        tags.add("noscript-content")
    if legacy:
        tags.add("legacy-encoding")
    if a.get("linha_fina"):
        tags.add("standfirst")
    if a.get("chapeu"):
        tags.add("kicker")
    if a.get("titulo_seo") and a["titulo_seo"] != a["headline"]:
        tags.add("title-differs-from-headline")
    if len(a["autores"]) > 1:
        tags.add("multiple-authors")
    if a.get("agencia"):
        tags.add("agency-byline")
    if a.get("modified"):
        tags.add("updated-date")
    if a.get("tags_visiveis"):
        tags.add("tag-list")
    if a.get("comentarios"):
        tags.add("comments")
    if "img" in kinds:
        tags.add("photo-caption")
    if "h" in kinds:
        tags.add("subheadings")
    if "ul" in kinds:
        tags.add("list-in-body")
    if "table" in kinds:
        tags.add("table-in-body")
    if "leia" in kinds:  # a 'Leia também' line between paragraphs is also a teaser inside the text (GUIDELINES 10)
        tags |= {"inline-related", "teasers-in-article"}
    if "note" in kinds:
        tags.add("correction-note")
    if _re.match(r"^[A-ZÁÉÍÓÚÂÊÔÃÕÇ ]+ \([A-Z]{2}\) [–-]", a["body"][0]["text"]):
        tags.add("dateline")
    p = a["published"]
    if f"/{p.year}/{p.month:02d}/{p.day:02d}/" in a["url"]:
        tags.add("date-in-url")
    return sorted(tags)


# Longer stories (realism wave: body length): one more section after the story's last paragraph. New people
# and organisations join the entity list.
MORE = {
    f"{SITE}-05": ([
        H("Cidade se prepara para a decisão"),
        P("A prefeitura de Caxias do Sul anunciou que vai instalar um telão na praça central para quem não conseguir ingresso "
          "para o jogo decisivo. Segundo o secretário municipal de Esporte, Leandro Zanotto, a expectativa é reunir pelo menos "
          "cinco mil pessoas. — Faz muitos anos que a cidade não vive uma final nacional. Queremos que todo mundo participe — "
          "disse o secretário."),
        P("O comércio também entrou no clima. Uma loja de artigos esportivos do centro encomendou 800 camisetas verdes com o "
          "escudo do clube e vendeu metade delas em dois dias. — As mães compram para as filhas que jogam na escolinha. Nunca "
          "vendi tanta camiseta de futsal feminino — contou a proprietária, Simone Basso."),
        P("Para a comissão técnica, o desafio agora é recuperar as atletas. A ala Débora Lazzari sentiu uma lesão na coxa no "
          "segundo tempo e fará exames nesta quarta-feira. O departamento médico trata o caso com cautela, mas acredita que ela "
          "terá condições de jogo na primeira partida da final."),
    ], [("Caxias do Sul", "LOC"), ("Leandro Zanotto", "PER"), ("Simone Basso", "PER"), ("Débora Lazzari", "PER")]),
    f"{SITE}-08": ([
        H("Descarte ainda é desafio"),
        P("Apesar do reaproveitamento, a maior parte do lixo eletrônico da cidade ainda não tem destino adequado. Segundo a "
          "Secretaria Municipal de Qualidade Ambiental, Pelotas recolhe cerca de 90 toneladas de resíduos eletrônicos por ano nos "
          "pontos de entrega voluntária, uma fração do que é descartado. O restante acaba no lixo comum ou em terrenos baldios."),
        P("— O projeto das escolas mostra que essas peças têm valor. Se cada bairro tivesse um ponto de coleta perto de casa, "
          "a gente recolheria muito mais — avalia a engenheira ambiental Patrícia Lemke, que coordena o programa municipal de "
          "coleta seletiva. A prefeitura promete instalar dez novos pontos de entrega até o fim do ano."),
        P("O instituto também quer ampliar a parceria com o comércio. Além da assistência técnica do centro, duas lojas de "
          "informática já se comprometeram a separar peças para as escolas a partir de novembro."),
    ], [("Secretaria Municipal de Qualidade Ambiental", "ORG"), ("Patrícia Lemke", "PER"), ("Pelotas", "LOC")]),
}


def lengthened(a):
    """The story with its MORE section after its last paragraph (the article unchanged without one)."""
    if a["id"] not in MORE:
        return a
    extra, entities = MORE[a["id"]]
    last = max(i for i, item in enumerate(a["body"]) if item["t"] == "p")
    return dict(a, body=a["body"][:last + 1] + extra + a["body"][last + 1:],
                entities=list(a["entities"]) + [e for e in entities if e not in a["entities"]])


def build(a, variant_id=None):
    a = lengthened(a)
    legacy = variant_id is not None
    blocks = gold_blocks(a["body"])
    if a.get("linha_fina"):
        blocks.insert(0, Block("paragraph", a["linha_fina"], optional=True))
    html_text = pagina(a, charset="windows-1252" if legacy else "utf-8")
    notes = a.get("notes", "")
    url = a["url"]
    if legacy:
        url += "?variant=b"
        notes = (f"Minimal pair of {a['id']}: differs only in legacy-encoding (the same page is served in windows-1252 "
                 f"with <meta charset=\"windows-1252\"> instead of UTF-8).")
    art = Article(
        id=variant_id or a["id"], site=SITE, url=url, language="pt-BR", headline=a["headline"],
        published=a["published"].isoformat(), modified=a["modified"].isoformat() if a.get("modified") else None,
        authors=a["autores"], summary=a.get("linha_fina") or "", blocks=blocks, entities=a["entities"],
        phenomena=phenomena_of(a, legacy), notes=notes, variant_of=a["id"] if legacy else None)
    return art, html_text


if __name__ == "__main__":
    for a in ARTIGOS:
        a.setdefault("modified", None)
        art, html_text = build(a)
        emit(art, html_text, "utf-8")
        print(f"{art.id}\t{len(html_text.encode('utf-8')) / 1024:.1f} KB")
    base = next(x for x in ARTIGOS if x["id"] == f"{SITE}-04")
    art, html_text = build(base, variant_id=f"{SITE}-09")
    emit(art, html_text, "cp1252")
    print(f"{art.id}\t{len(html_text.encode('cp1252')) / 1024:.1f} KB")
