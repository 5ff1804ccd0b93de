import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from corpus.lib import Article, Block, emit

"""Заречье-Инфо (zarechye-info): a Russian regional news portal (Vologda oblast) whose template
dates from the mid-2000s and was still in use in 2015-2016: nested <TABLE> layout with spacer
GIFs, <FONT> tags, upper-case tag names, hand-written HTML with unclosed <P>/<TD>/<LI> and a few
stray end tags, served in windows-1251, with banner-network and counter snippets, an archive
calendar, a poll and a forum-style comment list. No OpenGraph, no JSON-LD. Dates are Moscow time
(+03:00).

Metadata personality (realism wave): none at all, no date, author or title metadata, as the CMS never
had any; the 2009 redesign put the logo in an <H1> on most article pages (two <H1>s), briefs print
their title in a <DIV>; the ticker feed, the banner rotation table and the afisha informer are JS
arrays the page renders by script (weight without visible text)."""

import datetime as _dt
import html as _html
import re as _re

SITE = "zarechye-info"
HOST = "http://www.zarechye-info.example"
NAME = "Заречье-Инфо"
MSK = _dt.timezone(_dt.timedelta(hours=3))

MONTHS_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
              "октября", "ноября", "декабря"]
MONTHS_NOM = ["Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август", "Сентябрь",
              "Октябрь", "Ноябрь", "Декабрь"]
DAYS = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]

SP = '<IMG SRC="/i/sp.gif" WIDTH=%d HEIGHT=%d BORDER=0 ALT="">'


def sp(w, h):
    return SP % (w, h)


def ents(s):
    """Typographic characters written as HTML entities, as the old editor did."""
    return (s.replace("«", "&laquo;").replace("»", "&raquo;").replace(" — ", "&nbsp;&mdash; ")
            .replace("—", "&mdash;").replace("№", "&#8470;"))


def strip(s):
    return _html.unescape(_re.sub(r"<[^>]+>", "", s))


def num_date(d, time=True):
    return d.strftime("%d.%m.%Y") + (d.strftime(" %H:%M") if time else "")


def word_date(d, time=True, god=False):
    s = f"{d.day} {MONTHS_GEN[d.month - 1]} {d.year}" + (" г." if god else "")
    return s + (d.strftime(", %H:%M") if time else "")


# ---------------------------------------------------------------- boilerplate pools

MENU = [("news", "Новости"), ("politics", "Политика"), ("economy", "Экономика"), ("society", "Общество"),
        ("incidents", "Происшествия"), ("culture", "Культура"), ("sport", "Спорт"), ("afisha", "Афиша"),
        ("photo", "Фоторепортажи"), ("forum", "Форум"), ("board", "Объявления"), ("weather", "Погода")]

TOWNS = ["Вологда", "Череповец", "Сокол", "Великий Устюг", "Тотьма", "Кириллов", "Белозерск", "Вытегра",
         "Шексна", "Кадуй", "Устюжна", "Грязовец", "Бабаево", "Никольск", "Харовск"]

RUBRICS = ["Власть", "Экономика и бизнес", "ЖКХ", "Транспорт", "Образование", "Здравоохранение", "Происшествия",
           "Криминал", "Культура", "Спорт", "Туризм", "Сельское хозяйство", "Экология", "Религия", "Интервью",
           "Пресс-релизы", "Мнения"]

POOL = [
    "В Вологде отремонтируют 12 остановочных павильонов",
    "Череповецкие школьники стали призерами олимпиады по химии",
    "На трассе под Грязовцом столкнулись фура и легковушка",
    "В Соколе открылся пункт приема вторсырья",
    "Паводок в Великом Устюге: уровень воды в Сухоне растет",
    "Областная библиотека запустила проект «Читающий двор»",
    "Автобус № 37 изменит маршрут на время ремонта моста",
    "В Кириллове прошел фестиваль колокольного звона",
    "Фермеры района получили субсидии на покупку техники",
    "Белозерский рыбозавод наращивает выпуск продукции",
    "Вытегорские волонтеры очистили берег озера от мусора",
    "Цены на бензин в регионе выросли за месяц на 2%",
    "Вологодский хор победил на межрегиональном конкурсе",
    "В Шексне построят новый детский сад на 220 мест",
    "Полиция разыскивает угонщика снегохода",
    "В городе появятся еще три пешеходных перехода со светофорами",
    "Хоккейный «Лесник» уступил гостям в овертайме",
    "Тотемский краевед выпустил книгу о купеческих домах",
    "Зимний фестиваль ледовых скульптур соберет мастеров из пяти областей",
    "Городская баня на Заречной закрывается на ремонт",
    "В Бабаеве открылась выставка детского рисунка",
    "Молодые специалисты получат подъемные выплаты",
    "Жители жалуются на нечищеные тротуары в центре",
    "Стартовал прием заявок на конкурс молодежных проектов",
    "На лыжне у Кадуя прошли соревнования ветеранов",
    "В Устюжне восстановят старинную водонапорную башню",
    "Ярмарка меда пройдет в выходные на Соборной горке",
    "Электричка до Харовска будет ходить по новому расписанию",
]

MOST_READ = [
    "Где в Вологде купить елку дешевле всего: обзор рынков",
    "Пенсионерка отдала мошенникам 300 тысяч рублей",
    "Какие улицы перекроют в выходные: список",
    "Вологодские врачи спасли пациента после редкой операции",
    "В Череповце открылся первый каток под крышей",
    "Тарифы на вывоз мусора: что изменится с нового года",
    "Фоторепортаж: как выглядит город с высоты птичьего полета",
    "Пять мест в области, где можно увидеть северное сияние",
]

TEASERS = [
    ("Как пенсионерка из Вологды сократила счета за свет вдвое", "t101"),
    ("Дачный сезон: 7 ошибок, из-за которых гибнет рассада", "t102"),
    ("Туры на Белое море: цены ниже, чем вы думаете", "t103"),
    ("Какие окна выбрать для деревянного дома", "t104"),
    ("Новостройки Вологды: где квартиры дешевле", "t105"),
    ("Врач рассказал, почему по утрам болит спина", "t106"),
    ("Автомобиль с пробегом: что проверить перед покупкой", "t107"),
    ("Лучшие места для зимней рыбалки в области", "t108"),
]

BOARD = [
    ("Продам", "Гараж кирпичный, ГСК «Северный», 18 кв. м, свет, погреб"),
    ("Сдам", "1-комн. квартиру в центре, на длительный срок, без посредников"),
    ("Куплю", "Старые монеты, значки, фотоаппараты СССР"),
    ("Работа", "Требуется водитель кат. С, график 2/2"),
    ("Услуги", "Ремонт квартир под ключ, недорого, опыт 15 лет"),
    ("Продам", "Дрова березовые колотые, доставка по району"),
    ("Отдам", "Котят в добрые руки, к лотку приучены"),
    ("Продам", "Лодку «Казанка» с мотором, в хорошем состоянии"),
]

AFISHA = [
    ("Концерт камерного оркестра", "филармония", 3),
    ("Спектакль «Женитьба»", "драмтеатр", 5),
    ("Выставка северной иконы", "музей", 8),
    ("Ярмарка народных промыслов", "Кремлевская площадь", 10),
    ("Вечер авторской песни", "ДК «Строитель»", 12),
    ("Детский кукольный спектакль", "театр кукол", 14),
]

PROJECTS = [
    ("Заречье-Инфо", ["Новости", "Фоторепортажи", "Видео", "Интервью", "Архив"]),
    ("Сервисы", ["Погода", "Курсы валют", "Расписание автобусов", "Расписание поездов", "ТВ-программа"]),
    ("Сообщество", ["Форум", "Блоги", "Знакомства", "Конкурсы", "Фотоконкурс"]),
    ("Справочная", ["Каталог организаций", "Объявления", "Вакансии", "Недвижимость", "Авто"]),
]

DHTML_MENU = """<!--
var zmenu=new Array();
zmenu["news"]=["Главное за день","Лента","Сюжеты","Пресс-релизы","Архив"];
zmenu["politics"]=["Законодательное собрание","Выборы","Местное самоуправление","Интервью"];
zmenu["economy"]=["Промышленность","Малый бизнес","Цены","Недвижимость","Сельское хозяйство","Финансы"];
zmenu["society"]=["ЖКХ","Образование","Здравоохранение","Транспорт","Социальная сфера","Экология"];
zmenu["incidents"]=["ДТП","Пожары","Криминал","Суд","Розыск"];
zmenu["culture"]=["Театр","Музыка","Выставки","Книги","Кино","Наследие"];
zmenu["sport"]=["Хоккей","Футбол","Лыжи","Биатлон","Бенди","Другие виды"];
zmenu["afisha"]=["Концерты","Спектакли","Выставки","Детям","Кино"];
function zmShow(k,el){var d=document.getElementById("zm_drop");if(!d||!zmenu[k])return;var h="";
  for(var i=0;i<zmenu[k].length;i++){h+="<a href='/"+k+"/?s="+(i+1)+"'>"+zmenu[k][i]+"</a><br>";}
  d.innerHTML=h;var x=0,o=el;while(o){x+=o.offsetLeft;o=o.offsetParent;}d.style.left=x+"px";d.style.display="block";}
function zmHide(){var d=document.getElementById("zm_drop");if(d)d.style.display="none";}
//-->"""

STORIES = ["Отопительный сезон", "Ремонт дорог", "Выборы-2016", "Паводок", "Капремонт домов", "Цены в магазинах",
           "Летний отдых детей", "Реконструкция набережной", "Народные промыслы", "Спортивная жизнь области"]

PHOTO = [("Масленица в Кириллове", 24), ("Ледоход на Сухоне", 31), ("Осенний Белозерск", 18), ("Выпускной-2015", 42)]

CSS = """<!--
BODY,TD,TH{font-family:Verdana,Tahoma,Arial,sans-serif;font-size:11px;color:#000000}
A{color:#003399;text-decoration:none}A:hover{color:#CC0000;text-decoration:underline}
A.menu{color:#FFFFFF;font-weight:bold;font-size:11px}A.menu:hover{color:#FFCC00;text-decoration:none}
A.town{color:#003366;font-size:10px}
.date{font-size:10px;color:#888888}
.time{font-size:10px;color:#CC0000;font-weight:bold}
.title{font-family:Arial,Helvetica,sans-serif;font-size:20px;font-weight:bold;color:#002255;margin:6px 0 10px 0}
.text{font-size:13px;line-height:150%}
.text P{margin:0 0 10px 0;text-align:justify}
.lead{font-size:13px;font-weight:bold}
.small{font-size:10px}
.head{font-family:Arial;font-size:11px;font-weight:bold;color:#FFFFFF;background-color:#3A6EA5;padding:3px 6px}
.head2{font-family:Arial;font-size:12px;font-weight:bold;color:#002255;border-bottom:1px solid #3A6EA5}
.box{background-color:#F0F4F8;border:1px solid #C5D5E5}
.news LI{margin-bottom:5px}
.cal TD{font-size:10px;text-align:center;width:20px}
.cal .we{color:#CC0000}
.cal .cur{background-color:#3A6EA5;color:#FFFFFF;font-weight:bold}
.comm{border-bottom:1px dotted #999999;padding:4px 0}
.nick{font-weight:bold;color:#003366}
.copy{font-size:10px;color:#666666}
.foot A{color:#FFFFFF}
INPUT,SELECT,TEXTAREA{font-family:Verdana;font-size:11px}
.btn{background-color:#3A6EA5;color:#FFFFFF;border:1px solid #224466;font-weight:bold}
.bnr{text-align:center;padding:4px 0}
.share A{margin-right:6px;font-weight:bold}
.tbl TD{font-size:12px;padding:3px 6px;background-color:#FFFFFF}
.tbl TH{font-size:12px;padding:3px 6px;background-color:#DDE6F0}
-->"""

def legacy_css():
    """The forum, board, photo and PDA styles the CMS inlines on every page (generated like its old skin files)."""
    out = []
    skins = [("forum", "#3A6EA5", "#F0F4F8"), ("board", "#6A8F3A", "#F3F7EC"), ("photo", "#7A3A6E", "#F7EEF5"),
             ("afisha", "#A5603A", "#F8F0EA"), ("pda", "#333333", "#F4F4F4"), ("user", "#3A8FA5", "#EAF4F7")]
    for name, c1, c2 in skins:
        out.append(f".{name}-wrap{{width:100%;border:1px solid {c1};background-color:{c2};margin:0 0 8px 0}}")
        out.append(f".{name}-head{{font-family:Arial;font-size:11px;font-weight:bold;color:#FFFFFF;background-color:{c1};padding:3px 6px;text-transform:uppercase}}")
        for k in range(1, 9):
            out.append(f".{name}-row{k}{{padding:{2 + k % 3}px {4 + k}px;border-bottom:1px {'dotted' if k % 2 else 'solid'} {c1};font-size:{10 + k % 3}px;line-height:{120 + k * 5}%}}")
            out.append(f".{name}-row{k} A{{color:{c1};font-weight:{'bold' if k % 3 == 0 else 'normal'}}}.{name}-row{k} A:hover{{color:#CC0000;text-decoration:underline}}")
            out.append(f".{name}-col{k}{{width:{k * 12}px;text-align:{'right' if k % 2 else 'left'};vertical-align:top}}")
        out.append(f".{name}-pager A,.{name}-pager B{{display:inline-block;padding:1px 5px;margin:0 1px;border:1px solid {c1}}}.{name}-pager B{{background-color:{c1};color:#FFFFFF}}")
        out.append(f".{name}-btn{{background-color:{c1};color:#FFFFFF;border:1px solid #222222;font-weight:bold;font-size:11px;padding:1px 8px;cursor:pointer}}")
    return "<!--\n" + "\n".join(out) + "\n-->"


HEAD_JS = """<!--
function MM_swapImgRestore(){var i,x,a=document.MM_sr;for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++)x.src=x.oSrc;}
function MM_preloadImages(){var d=document;if(d.images){if(!d.MM_p)d.MM_p=new Array();
  var i,j=d.MM_p.length,a=MM_preloadImages.arguments;for(i=0;i<a.length;i++)
  if(a[i].indexOf("#")!=0){d.MM_p[j]=new Image;d.MM_p[j++].src=a[i];}}}
function MM_findObj(n,d){var p,i,x;if(!d)d=document;if((p=n.indexOf("?"))>0&&parent.frames.length){
  d=parent.frames[n.substring(p+1)].document;n=n.substring(0,p);}
  if(!(x=d[n])&&d.all)x=d.all[n];for(i=0;!x&&i<d.forms.length;i++)x=d.forms[i][n];
  for(i=0;!x&&d.layers&&i<d.layers.length;i++)x=MM_findObj(n,d.layers[i].document);
  if(!x&&d.getElementById)x=d.getElementById(n);return x;}
function MM_swapImage(){var i,j=0,x,a=MM_swapImage.arguments;document.MM_sr=new Array;for(i=0;i<(a.length-2);i+=3)
  if((x=MM_findObj(a[i]))!=null){document.MM_sr[j++]=x;if(!x.oSrc)x.oSrc=x.src;x.src=a[i+2];}}
function addBookmark(){var t=document.title,u=location.href;
  if(window.sidebar&&window.sidebar.addPanel){window.sidebar.addPanel(t,u,"");}
  else if(window.external&&("AddFavorite" in window.external)){window.external.AddFavorite(u,t);}
  else{alert("Нажмите Ctrl+D, чтобы добавить страницу в закладки");}return false;}
function printVersion(id){window.open("/print.php?id="+id,"print","width=700,height=600,scrollbars=yes,resizable=yes");return false;}
function sendFriend(id){window.open("/send.php?id="+id,"send","width=420,height=380,scrollbars=no");return false;}
function checkSearch(f){if(f.q.value.length<3){alert("Слишком короткий запрос");f.q.focus();return false;}return true;}
function checkComment(f){if(f.nick.value==""){alert("Укажите имя");return false;}
  if(f.txt.value.length<5){alert("Слишком короткий комментарий");return false;}return true;}
function popImg(src,w,h){var wn=window.open("","img","width="+(w+20)+",height="+(h+20)+",resizable=yes");
  wn.document.write("<html><body style='margin:0'><img src='"+src+"' onclick='window.close()'></body></html>");wn.document.close();return false;}
var bnrRnd=Math.floor(Math.random()*1000000);
//-->"""

BANNER = """<!-- BN: {name} -->
<SCRIPT LANGUAGE="JavaScript" TYPE="text/javascript"><!--
document.write('<A HREF="http://bn.severnet.example/click.php?pl={pl}&amp;r='+bnrRnd+'" TARGET="_blank"><IMG SRC="http://bn.severnet.example/show.php?pl={pl}&amp;r='+bnrRnd+'" WIDTH={w} HEIGHT={h} BORDER=0 ALT="Реклама"><\\/A>');
//--></SCRIPT><NOSCRIPT><A HREF="http://bn.severnet.example/click.php?pl={pl}" TARGET="_blank"><IMG SRC="http://bn.severnet.example/show.php?pl={pl}" WIDTH={w} HEIGHT={h} BORDER=0 ALT="Реклама"></A></NOSCRIPT>
<!-- /BN -->"""

COUNTERS = """<!-- TopRegions counter -->
<SCRIPT LANGUAGE="JavaScript"><!--
var tr_js=10;tr_r=""+Math.random()+"&amp;ref="+escape(document.referrer)+"&amp;pg="+escape(window.location.href);
document.cookie="tr_c=1; path=/";tr_r+="&amp;c="+(document.cookie?"Y":"N");
//--></SCRIPT><SCRIPT LANGUAGE="JavaScript1.1"><!--
tr_js=11;tr_r+="&amp;j="+(navigator.javaEnabled()?"Y":"N");
//--></SCRIPT><SCRIPT LANGUAGE="JavaScript1.2"><!--
tr_js=12;tr_r+="&amp;wh="+screen.width+"x"+screen.height+"&amp;px="+(((navigator.appName.substring(0,3)=="Mic"))?screen.colorDepth:screen.pixelDepth);
//--></SCRIPT><SCRIPT LANGUAGE="JavaScript"><!--
document.write('<A HREF="http://top.regions-rating.example/?id=48211" TARGET="_top"><IMG SRC="http://top.regions-rating.example/hit?id=48211&amp;js='+tr_js+'&amp;rand='+tr_r+'" BORDER=0 WIDTH=88 HEIGHT=31 ALT="ТопРегионы"><\\/A>');
//--></SCRIPT><NOSCRIPT><A HREF="http://top.regions-rating.example/?id=48211" TARGET="_top"><IMG SRC="http://top.regions-rating.example/hit?id=48211&amp;js=0" BORDER=0 WIDTH=88 HEIGHT=31 ALT="ТопРегионы"></A></NOSCRIPT>
<!-- /TopRegions counter -->
<!-- HitLine counter -->
<SCRIPT TYPE="text/javascript"><!--
document.write("<a href='http://www.hitline.example/click;zarechye' target=_blank><img src='http://counter.hitline.example/hit;zarechye?t52.6;r"+
escape(document.referrer)+((typeof(screen)=="undefined")?"":";s"+screen.width+"*"+screen.height+"*"+(screen.colorDepth?
screen.colorDepth:screen.pixelDepth))+";u"+escape(document.URL)+";"+Math.random()+
"' alt='' title='HitLine: показано число просмотров за 24 часа, посетителей за 24 часа и за сегодня' border='0' width='88' height='31'><\\/a>")
//--></SCRIPT>
<!-- /HitLine counter -->
<!-- SevStat -->
<SCRIPT TYPE="text/javascript">
(function(d,w,c){(w[c]=w[c]||[]).push(function(){try{w.sevCounter3317402=new SevStat({id:3317402,clickmap:true,trackLinks:true,accurateTrackBounce:true});}catch(e){}});
var n=d.getElementsByTagName("script")[0],s=d.createElement("script"),f=function(){n.parentNode.insertBefore(s,n);};
s.type="text/javascript";s.async=true;s.src="http://stat.sevstat.example/watch.js";
if(w.opera=="[object Opera]"){d.addEventListener("DOMContentLoaded",f,false);}else{f();}})(document,window,"sev_callbacks");
</SCRIPT>
<NOSCRIPT><DIV><IMG SRC="http://stat.sevstat.example/watch/3317402" STYLE="position:absolute;left:-9999px;" ALT=""></DIV></NOSCRIPT>
<!-- /SevStat -->"""


TICKER_JS = """<!--
function zi_informer(id,data,w,h,c){var el=document.getElementById(id);if(!el)return;var s="<table width='"+w+"' cellspacing=0 cellpadding=3 border=0 class='box'><tr><td class='head'>АФИША</td></tr>";
  for(var i=0;i<data.length;i++){s+="<tr><td><font class='time'>"+data[i][0]+"</font> <a href='"+data[i][3]+"'>"+data[i][1]+"</a><br><font class='date'>"+data[i][2]+"</font></td></tr>";}
  el.innerHTML=s+"</table>";el.style.height="auto";}
var zi_tk_pos=0,zi_tk_timer=null;
function zi_ticker(){var el=document.getElementById("zi_ticker");if(!el||!window.zi_lenta)return;var it=zi_lenta[zi_tk_pos%zi_lenta.length];
  el.innerHTML="<font class='time'>"+it[0]+"</font> <a href='"+it[2]+"'>"+it[1]+"</a>";zi_tk_pos++;zi_tk_timer=setTimeout(zi_ticker,6000);}
function zi_rotate(pl){var b=zi_banners[pl];if(!b||!b.length)return "";var sum=0,i,r;for(i=0;i<b.length;i++)sum+=b[i].w8;r=Math.random()*sum;
  for(i=0;i<b.length;i++){r-=b[i].w8;if(r<=0)break;}var x=b[Math.min(i,b.length-1)];
  return "<a href='http://bn.severnet.example/click.php?id="+x.id+"&pl="+pl+"' target='_blank'><img src='"+x.src+"' width="+x.w+" height="+x.h+" border=0 alt='Реклама'></a>";}
if(window.addEventListener){window.addEventListener("load",zi_ticker,false);}else if(window.attachEvent){window.attachEvent("onload",zi_ticker);}
//-->"""


def lenta_js(a):
    """The ticker's feed and the banner rotation table, written into the page by the CMS as JS arrays."""
    today, nid = a["today"], a["nid"]
    items = []
    for i, t in enumerate(POOL + MOST_READ):
        d = today - _dt.timedelta(minutes=20 + i * 37)
        items.append('["%s","%s","/news/%d.html"]' % (d.strftime("%H:%M"), ents(t).replace('"', '\\"'), nid + 60 - i))
    ban = []
    for k, (pl, w, hh) in enumerate([("zi_top_728", 728, 90), ("zi_left_160", 160, 600), ("zi_center_468", 468, 60),
                                      ("zi_right_200", 200, 300), ("zi_right_200b", 200, 200)]):
        rows = []
        for j in range(6):
            bid = 3100 + k * 40 + j * 7 + a["seed"]
            rows.append('{id:%d,src:"http://bn.severnet.example/b/%d_%dx%d.gif",w:%d,h:%d,w8:%d,until:"%s"}'
                        % (bid, bid, w, hh, w, hh, 10 + (j * 13 + k) % 50, (today + _dt.timedelta(days=7 + j * 5)).strftime("%Y%m%d")))
        ban.append('"%s":[%s]' % (pl, ",".join(rows)))
    return ('<SCRIPT LANGUAGE="JavaScript" TYPE="text/javascript"><!--\nvar zi_lenta=[\n' + ",\n".join(items) + '];\n'
            'var zi_banners={' + ",\n".join(ban) + '};\n//--></SCRIPT>')


def pool(seed, n, off=0, src=POOL):
    return [src[(seed * 5 + off + i * 3) % len(src)] for i in range(n)]


def calendar(today, url_day):
    """The archive calendar of the month of `today` (a nested table, as such portals had)."""
    first = today.replace(day=1)
    nxt = (first + _dt.timedelta(days=32)).replace(day=1)
    ndays = (nxt - first).days
    rows = ['<TABLE WIDTH="100%" BORDER=0 CELLSPACING=1 CELLPADDING=1 CLASS="cal">',
            f'<TR><TD COLSPAN=7 ALIGN=center><B>{MONTHS_NOM[today.month - 1]} {today.year}</B></TD></TR>',
            '<TR><TD>Пн<TD>Вт<TD>Ср<TD>Чт<TD>Пт<TD CLASS="we">Сб<TD CLASS="we">Вс</TR>']
    cells = ["<TD>&nbsp;"] * first.weekday()
    for d in range(1, ndays + 1):
        day = first.replace(day=d)
        we = ' CLASS="we"' if day.weekday() >= 5 else ""
        if d == today.day:
            cells.append(f'<TD CLASS="cur">{d}')
        elif d < today.day:
            cells.append(f'<TD{we}><A HREF="/archive/{day.strftime("%Y/%m/%d")}/">{d}</A>')
        else:
            cells.append(f"<TD{we}>{d}")
    while len(cells) % 7:
        cells.append("<TD>&nbsp;")
    for i in range(0, len(cells), 7):
        rows.append("<TR>" + "".join(cells[i:i + 7]) + "</TR>")
    rows.append('</TABLE>')
    return "\n".join(rows)


def render_body(parts):
    out, blocks = [], []
    for p in parts:
        k = p[0]
        if k == "p":
            out.append(f"<P>{ents(p[1])}")          # never closed, as in the original templates
            blocks.append(Block("paragraph", strip(p[1])))
        elif k == "sub":
            out.append(f"<P><B>{ents(p[1])}</B>")
            # a paragraph made only of bold text that works as a subheading (here the title of the table
            # below it) is a heading (GUIDELINES 7.1; adjudicated on zarechye-info-04)
            blocks.append(Block("heading", p[1]))
        elif k == "ul":
            out.append("<UL>\n" + "\n".join(f"<LI>{ents(t)}" for t in p[1]) + "\n</UL>")
            blocks += [Block("list_item", t) for t in p[1]]
        elif k == "quote":
            out.append(f"<BLOCKQUOTE><I>{ents(p[1])}</I></BLOCKQUOTE>")
            blocks.append(Block("quote", p[1]))
        elif k == "table":
            rows = p[1]
            t = ['<TABLE BORDER=0 CELLSPACING=1 CELLPADDING=0 BGCOLOR="#9FB7D0" CLASS="tbl" ALIGN=center WIDTH="90%">',
                 "<TR>" + "".join(f"<TH>{c}" for c in rows[0]) + "</TR>"]
            for r in rows[1:]:
                t.append("<TR>" + "".join(f"<TD>{c}" for c in r))   # </TD> and </TR> left out
            t.append("</TABLE><BR>")
            out.append("\n".join(t))
            blocks.append(Block("table", "\n".join("\t".join(r) for r in rows)))
        elif k == "img":
            _, src, cap = p
            out.append('<TABLE ALIGN=right BORDER=0 CELLSPACING=0 CELLPADDING=4 WIDTH=310><TR><TD>'
                       f'<A HREF="#" ONCLICK="return popImg(\'/upload/big/{src}\',800,600)"><IMG SRC="/upload/{src}" WIDTH=300 HEIGHT=200 BORDER=1 ALT="{cap}"></A><BR>'
                       f'<FONT SIZE=1 COLOR="#555555"><I>{ents(cap)}</I></FONT></TD></TR></TABLE>')
            blocks.append(Block("caption", cap, optional=True))
    return "\n".join(out), blocks


def page(a):
    pub, today = a["pub"], a["today"]
    sec_key, sec_name = a["section"]
    nid = a["nid"]
    body_html, blocks = render_body(a["parts"])
    h = ['<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">', "<HTML>", "<HEAD>"]
    if a["declare"]:
        h.append('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">')
    h.append(f"<TITLE>{a['title']}</TITLE>")
    h.append(f'<META NAME="description" CONTENT="{_html.escape(a["desc"])}">')
    h.append(f'<META NAME="keywords" CONTENT="{a["keywords"]}, новости, Вологодская область, Вологда, Череповец">')
    h.append('<META NAME="robots" CONTENT="index,follow">')
    h.append('<META HTTP-EQUIV="Pragma" CONTENT="no-cache">')
    h.append('<META NAME="verify-site" CONTENT="7f3a91c2e0b4d5a8">')
    h.append('<LINK REL="shortcut icon" HREF="/favicon.ico" TYPE="image/x-icon">')
    h.append('<LINK REL="alternate" TYPE="application/rss+xml" TITLE="Заречье-Инфо: новости области" HREF="/rss/news.xml">')
    h.append('<LINK REL="stylesheet" TYPE="text/css" HREF="/css/main.css?v=12">')
    h.append('<STYLE TYPE="text/css">' + CSS + '</STYLE>')
    h.append('<STYLE TYPE="text/css">' + legacy_css() + '</STYLE>')
    h.append('<SCRIPT LANGUAGE="JavaScript" TYPE="text/javascript">' + HEAD_JS + '</SCRIPT>')
    h.append('<SCRIPT LANGUAGE="JavaScript" TYPE="text/javascript">' + DHTML_MENU + '</SCRIPT>')
    h.append('<SCRIPT LANGUAGE="JavaScript" TYPE="text/javascript">' + TICKER_JS + '</SCRIPT>')
    h.append(lenta_js(a))
    h.append("</HEAD>")
    h.append('<BODY BGCOLOR="#FFFFFF" TEXT="#000000" LINK="#003399" VLINK="#663399" ALINK="#CC0000" LEFTMARGIN=0 TOPMARGIN=0 MARGINWIDTH=0 MARGINHEIGHT=0 '
             'ONLOAD="MM_preloadImages(\'/i/m_news_on.gif\',\'/i/m_forum_on.gif\',\'/i/m_board_on.gif\')">')
    h.append('<A NAME="top"></A>')

    # top banner strip
    h.append('<TABLE WIDTH="100%" BORDER=0 CELLSPACING=0 CELLPADDING=0 BGCOLOR="#E8EEF4"><TR><TD ALIGN=center HEIGHT=94>')
    h.append(BANNER.format(name="top 728x90", pl="zi_top_728", w=728, h=90))
    h.append('</TD></TR></TABLE>')

    # header
    h.append('<TABLE WIDTH=1000 BORDER=0 CELLSPACING=0 CELLPADDING=0 ALIGN=center>')
    logo = '<A HREF="/"><IMG SRC="/i/logo.gif" WIDTH=210 HEIGHT=72 BORDER=0 ALT="Заречье-Инфо — новости Вологодской области"></A>'
    if a.get("logo_h1"):
        # the 2009 redesign put the logo in an <H1> for "SEO"; the article title is a second <H1>
        logo = f'<H1 CLASS="logo" STYLE="margin:0;padding:0">{logo}<SPAN STYLE="display:none">Заречье-Инфо</SPAN></H1>'
    h.append(f'<TR><TD WIDTH=210 ROWSPAN=2 VALIGN=top>{logo}</TD>')
    h.append(f'<TD VALIGN=top>{sp(1, 8)}<BR><FONT FACE="Tahoma" SIZE=1 COLOR="#666666">{DAYS[today.weekday()]}, {word_date(today, False, True)}</FONT>'
             f'&nbsp;&nbsp;|&nbsp;&nbsp;<FONT SIZE=1>Вологда: <B>{a["weather"]}</B></FONT>&nbsp;&nbsp;|&nbsp;&nbsp;'
             f'<FONT SIZE=1>USD <B>{a["usd"]}</B> &nbsp;EUR <B>{a["eur"]}</B></FONT></TD>')
    h.append('<TD ALIGN=right VALIGN=top>' + sp(1, 6) + '<BR><FORM ACTION="/search.php" METHOD=get ONSUBMIT="return checkSearch(this)" STYLE="margin:0">'
             '<INPUT TYPE=text NAME=q SIZE=22 VALUE=""> <INPUT TYPE=submit VALUE="Найти" CLASS="btn"></FORM>'
             '<FONT SIZE=1><A HREF="/search.php?adv=1">расширенный поиск</A> | <A HREF="#" ONCLICK="return addBookmark()">в закладки</A> | '
             '<A HREF="/rss/">RSS</A> | <A HREF="/pda/">PDA-версия</A></FONT></TD></TR>')
    h.append('<TR><TD COLSPAN=2 ALIGN=right VALIGN=bottom><FONT SIZE=1 COLOR="#999999">Вход для пользователей: '
             '<A HREF="/user/login.php">войти</A> | <A HREF="/user/register.php">регистрация</A></FONT></TD></TR>')
    h.append('</TABLE>')

    # main menu
    m = ['<TABLE WIDTH=1000 BORDER=0 CELLSPACING=0 CELLPADDING=0 ALIGN=center BGCOLOR="#3A6EA5"><TR>', f'<TD WIDTH=10>{sp(10, 26)}</TD>']
    for i, (k, name) in enumerate(MENU):
        bg = ' BGCOLOR="#224466"' if k == sec_key else ""
        m.append(f'<TD{bg} NOWRAP>&nbsp;<A HREF="/{k}/" CLASS="menu" ONMOUSEOVER="MM_swapImage(\'m{i}\',\'\',\'/i/m_{k}_on.gif\',1)" '
                 f'ONMOUSEOUT="MM_swapImgRestore()">{name}</A>&nbsp;</TD><TD WIDTH=1><IMG SRC="/i/sep.gif" WIDTH=1 HEIGHT=26 NAME="m{i}" ALT=""></TD>')
    m.append('<TD WIDTH="100%">&nbsp;</TD></TR></TABLE>')
    m.append('<DIV ID="zm_drop" STYLE="position:absolute;display:none;background:#FFFFFF;border:1px solid #3A6EA5;padding:4px;z-index:10" ONMOUSEOUT="zmHide()"></DIV>')
    h.append("\n".join(m))
    h.append('<TABLE WIDTH=1000 BORDER=0 CELLSPACING=0 CELLPADDING=3 ALIGN=center BGCOLOR="#DDE6F0"><TR><TD><FONT SIZE=1><B>Города и районы:</B> ' +
             " | ".join(f'<A HREF="/town/{i + 1}/" CLASS="town">{t}</A>' for i, t in enumerate(TOWNS)) + '</FONT></TD></TR></TABLE>')
    h.append('<TABLE WIDTH=1000 BORDER=0 CELLSPACING=0 CELLPADDING=2 ALIGN=center><TR><TD WIDTH=90 NOWRAP><FONT SIZE=1><B>ЛЕНТА:</B></FONT></TD>'
             '<TD><DIV ID="zi_ticker" STYLE="height:14px;overflow:hidden;font-size:11px"></DIV></TD></TR></TABLE>')
    h.append(f'<TABLE WIDTH=1000 BORDER=0 CELLSPACING=0 CELLPADDING=0 ALIGN=center><TR><TD>{sp(1, 8)}</TD></TR></TABLE>')

    # three-column layout
    h.append('<TABLE WIDTH=1000 BORDER=0 CELLSPACING=0 CELLPADDING=0 ALIGN=center>')
    h.append('<TR>')
    # ---- left column
    L = ['<TD WIDTH=180 VALIGN=top BGCOLOR="#F0F4F8">']
    L.append('<TABLE WIDTH="100%" BORDER=0 CELLSPACING=0 CELLPADDING=0><TR><TD CLASS="head">РУБРИКИ</TD></TR><TR><TD>')
    L.append('<TABLE WIDTH="100%" BORDER=0 CELLSPACING=0 CELLPADDING=3>')
    for i, r in enumerate(RUBRICS):
        L.append(f'<TR><TD WIDTH=10 VALIGN=top><IMG SRC="/i/arr.gif" WIDTH=5 HEIGHT=9 ALT=""></TD><TD><A HREF="/rubric/{i + 1}/">{r}</A>')  # unclosed TD/TR
    L.append('</TABLE></TD></TR></TABLE>')
    L.append(sp(1, 10) + '<BR>')
    L.append('<TABLE WIDTH="100%" BORDER=0 CELLSPACING=0 CELLPADDING=0><TR><TD CLASS="head">АРХИВ НОВОСТЕЙ</TD></TR><TR><TD>')
    L.append(calendar(today, pub))
    L.append('</TD></TR></TABLE>')
    L.append(sp(1, 10) + '<BR>')
    L.append('<TABLE WIDTH="100%" BORDER=0 CELLSPACING=0 CELLPADDING=4><TR><TD CLASS="head">ОПРОС</TD></TR><TR><TD>'
             f'<FORM ACTION="/poll.php" METHOD=post STYLE="margin:0"><INPUT TYPE=hidden NAME=pid VALUE="{a["poll"][0]}">'
             f'<B>{a["poll"][1]}</B><BR>' +
             "".join(f'<INPUT TYPE=radio NAME=v VALUE={i + 1}> {o}<BR>' for i, o in enumerate(a["poll"][2])) +
             '<INPUT TYPE=submit VALUE="Голосовать" CLASS="btn"> <A HREF="/poll.php?res=1">результаты</A></FORM></TD></TR></TABLE>')
    L.append(sp(1, 10) + '<BR><DIV CLASS="bnr">')
    L.append(BANNER.format(name="left 160x600", pl="zi_left_160", w=160, h=600))
    L.append('</DIV>')
    L.append('<TABLE WIDTH="100%" BORDER=0 CELLSPACING=0 CELLPADDING=4><TR><TD CLASS="head">ИНФОРМЕРЫ</TD></TR><TR><TD>'
             '<TABLE BORDER=0 CELLSPACING=0 CELLPADDING=2 WIDTH="100%">'
             f'<TR><TD>Вологда<TD ALIGN=right><B>{a["weather"]}</B></TR>'
             f'<TR><TD>Череповец<TD ALIGN=right><B>{a["weather2"]}</B></TR>'
             f'<TR><TD>Вел. Устюг<TD ALIGN=right><B>{a["weather3"]}</B></TR>'
             '</TABLE><HR SIZE=1 NOSHADE COLOR="#C5D5E5">'
             '<TABLE BORDER=0 CELLSPACING=0 CELLPADDING=2 WIDTH="100%">'
             f'<TR><TD>USD<TD ALIGN=right>{a["usd"]}</TR><TR><TD>EUR<TD ALIGN=right>{a["eur"]}</TR></TABLE>'
             '</TD></TR></TABLE>')
    L.append(sp(1, 10) + '<BR>')
    L.append('<TABLE WIDTH="100%" BORDER=0 CELLSPACING=0 CELLPADDING=4><TR><TD CLASS="head">ЧАСТНЫЕ ОБЪЯВЛЕНИЯ</TD></TR><TR><TD><FONT SIZE=1>')
    for i, (cat, txt) in enumerate(BOARD[a["seed"] % 4:][:3]):
        L.append(f'<B>{cat}:</B> <A HREF="/board/{9100 + a["seed"] * 17 + i}.html">{ents(txt)}</A><BR>{sp(1, 4)}<BR>')
    L.append('<A HREF="/board/add.php"><B>Подать объявление &raquo;</B></A></FONT></TD></TR></TABLE>')
    L.append(sp(180, 1) + '</TD>')
    L.append(f'<TD WIDTH=10>{sp(10, 1)}</TD>')
    h.append("\n".join(L))

    # ---- center column
    C = ['<TD WIDTH=580 VALIGN=top>']
    C.append(f'<FONT SIZE=1><A HREF="/">Главная</A> &raquo; <A HREF="/news/">Новости</A> &raquo; <A HREF="/{sec_key}/">{sec_name}</A></FONT><BR>')
    C.append(sp(1, 6) + '<BR>')
    C.append('<TABLE WIDTH="100%" BORDER=0 CELLSPACING=0 CELLPADDING=0 BGCOLOR="#C5D5E5"><TR><TD>'
             '<TABLE WIDTH="100%" BORDER=0 CELLSPACING=1 CELLPADDING=8><TR><TD BGCOLOR="#FFFFFF">')
    C.append(a["date_html"])
    if a.get("hl_tag") == "div":
        C.append(f'<DIV CLASS="title"><FONT FACE="Arial" SIZE=4><B>{ents(a["headline"])}</B></FONT></DIV>')
    else:
        C.append(f'<H1 CLASS="title">{ents(a["headline"])}</H1>')
    C.append('<DIV CLASS="text"><FONT FACE="Verdana, Arial" SIZE=2>')
    C.append(body_html)
    C.append('</FONT></FONT>')   # stray end tag left by the editor
    if a.get("author"):
        C.append(f'<P ALIGN=right><B><I>{a["author"]}</B></I>')   # misnested
        if a.get("photo_credit"):
            C.append(f'<BR><FONT SIZE=1>{a["photo_credit"]}</FONT>')
    C.append('</DIV>')
    C.append('</TD></TR></TABLE></TD></TR></TABLE>')
    C.append(sp(1, 8) + '<BR>')
    C.append(f'<TABLE WIDTH="100%" BORDER=0 CELLSPACING=0 CELLPADDING=3 BGCOLOR="#F0F4F8"><TR><TD><FONT SIZE=1>'
             f'<A HREF="#" ONCLICK="return printVersion({nid})">Версия для печати</A> | '
             f'<A HREF="#" ONCLICK="return sendFriend({nid})">Отправить другу</A> | '
             f'<A HREF="/forum/topic.php?news={nid}">Обсудить на форуме</A> | <A HREF="#top">Наверх</A></FONT></TD></TR></TABLE>')
    if a.get("share"):
        u = f"{HOST}/{sec_key}/{nid}.html"
        C.append('<TABLE BORDER=0 CELLSPACING=0 CELLPADDING=3><TR><TD CLASS="share"><FONT SIZE=1>Поделиться: '
                 f'<A HREF="http://vk.example/share.php?url={u}" TARGET="_blank">ВКонтакте</A>'
                 f'<A HREF="http://ok.example/dk?st.cmd=addShare&amp;st._surl={u}" TARGET="_blank">Одноклассники</A>'
                 f'<A HREF="http://facebook.example/sharer.php?u={u}" TARGET="_blank">Facebook</A>'
                 f'<A HREF="http://twitter.example/share?url={u}" TARGET="_blank">Twitter</A>'
                 f'<A HREF="http://lj.example/update.bml?subject={nid}&amp;event={u}" TARGET="_blank">ЖЖ</A></FONT></TD></TR></TABLE>')
    C.append(sp(1, 8) + '<BR><DIV CLASS="bnr">')
    C.append(BANNER.format(name="center 468x60", pl="zi_center_468", w=468, h=60))
    C.append('</DIV>')
    # related
    C.append('<TABLE WIDTH="100%" BORDER=0 CELLSPACING=0 CELLPADDING=3><TR><TD CLASS="head2">ДРУГИЕ НОВОСТИ ПО ТЕМЕ</TD></TR><TR><TD>')
    C.append('<UL CLASS="news">')
    for i, (t, d) in enumerate(a["related"]):
        C.append(f'<LI><FONT CLASS="date">{num_date(d, False)}</FONT> <A HREF="/{sec_key}/{nid - 37 * (i + 1)}.html">{ents(t)}</A>')
    C.append('</UL></TD></TR></TABLE>')
    # partner teasers
    C.append('<TABLE WIDTH="100%" BORDER=0 CELLSPACING=0 CELLPADDING=3><TR><TD CLASS="head2" COLSPAN=4>НОВОСТИ ПАРТНЕРОВ</TD></TR>')
    tz = TEASERS[a["seed"] % 4:] + TEASERS[:a["seed"] % 4]
    for r in range(0, 4, 4):
        C.append('<TR>' + "".join(
            f'<TD WIDTH="25%" VALIGN=top ALIGN=center><A HREF="http://tz.severnet.example/go.php?b={tid}&amp;s=zi{a["seed"]}" TARGET="_blank">'
            f'<IMG SRC="http://tz.severnet.example/img/{tid}.jpg" WIDTH=100 HEIGHT=75 BORDER=0 ALT=""><BR><FONT SIZE=1>{t}</FONT></A></TD>'
            for t, tid in tz[r:r + 4]) + '</TR>')
    C.append('</TABLE>')
    # comments
    if a.get("comments"):
        C.append(f'<TABLE WIDTH="100%" BORDER=0 CELLSPACING=0 CELLPADDING=3><TR><TD CLASS="head2">КОММЕНТАРИИ ({len(a["comments"])})</TD></TR>')
        for nick, when, txt in a["comments"]:
            C.append(f'<TR><TD CLASS="comm"><FONT CLASS="nick">{nick}</FONT> <FONT CLASS="date">{when}</FONT><BR>{ents(txt)}')
        C.append('</TABLE>')
        C.append(f'<FORM ACTION="/comment.php" METHOD=post ONSUBMIT="return checkComment(this)"><INPUT TYPE=hidden NAME=nid VALUE="{nid}">'
                 '<TABLE BORDER=0 CELLSPACING=0 CELLPADDING=3><TR><TD>Имя:</TD><TD><INPUT TYPE=text NAME=nick SIZE=30></TD></TR>'
                 '<TR><TD VALIGN=top>Текст:</TD><TD><TEXTAREA NAME=txt COLS=50 ROWS=5></TEXTAREA></TD></TR>'
                 '<TR><TD></TD><TD><INPUT TYPE=submit VALUE="Отправить" CLASS="btn"> <FONT SIZE=1 COLOR="#999999">Комментарии публикуются после проверки модератором</FONT></TD></TR></TABLE></FORM>')
    # latest in rubric
    C.append(f'<TABLE WIDTH="100%" BORDER=0 CELLSPACING=0 CELLPADDING=3><TR><TD CLASS="head2">НОВОСТИ РУБРИКИ &laquo;{sec_name.upper()}&raquo;</TD></TR><TR><TD>')
    more = pool(a["seed"], 4, 11)
    C.append('<TABLE WIDTH="100%" BORDER=0 CELLSPACING=0 CELLPADDING=2>')
    for i, t in enumerate(more):
        d = pub - _dt.timedelta(hours=5 + i * 9, minutes=i * 13)
        C.append(f'<TR><TD WIDTH=70 VALIGN=top><FONT CLASS="date">{num_date(d, False)}</FONT></TD><TD><A HREF="/{sec_key}/{nid - 3 - i}.html">{ents(t)}</A></TD></TR>')
    C.append('</TABLE></TD></TR></TABLE>')
    C.append('</TD>')
    C.append(f'<TD WIDTH=10>{sp(10, 1)}</TD>')
    h.append("\n".join(C))

    # ---- right column
    R = ['<TD WIDTH=200 VALIGN=top>']
    R.append('<DIV CLASS="bnr">' + BANNER.format(name="right 200x300", pl="zi_right_200", w=200, h=300) + '</DIV>')
    R.append('<TABLE WIDTH="100%" BORDER=0 CELLSPACING=0 CELLPADDING=0 CLASS="box"><TR><TD CLASS="head">ПОСЛЕДНИЕ НОВОСТИ</TD></TR><TR><TD>')
    R.append('<TABLE WIDTH="100%" BORDER=0 CELLSPACING=0 CELLPADDING=3>')
    for i, t in enumerate(pool(a["seed"], 5, 3)):
        d = today - _dt.timedelta(minutes=35 + i * 47)
        R.append(f'<TR><TD VALIGN=top><FONT CLASS="time">{d.strftime("%H:%M")}</FONT><BR><A HREF="/news/{nid + 50 - i}.html">{ents(t)}</A>')
    R.append('</TABLE>')
    R.append('<P ALIGN=right><A HREF="/news/"><B>все новости &raquo;</B></A>&nbsp;</TD></TR></TABLE>')
    R.append(sp(1, 10) + '<BR>')
    R.append('<TABLE WIDTH="100%" BORDER=0 CELLSPACING=0 CELLPADDING=0 CLASS="box"><TR><TD CLASS="head">САМОЕ ЧИТАЕМОЕ</TD></TR><TR><TD>')
    R.append('<OL>')
    for i, t in enumerate(pool(a["seed"], 6, 1, MOST_READ)):
        R.append(f'<LI><A HREF="/top/{nid - 100 - i}.html">{ents(t)}</A>')
    R.append('</OL></TD></TR></TABLE>')
    R.append(sp(1, 10) + '<BR>')
    R.append('<TABLE WIDTH="100%" BORDER=0 CELLSPACING=0 CELLPADDING=3 CLASS="box"><TR><TD CLASS="head" COLSPAN=2>ФОТОРЕПОРТАЖИ</TD></TR>')
    for i, (t, n) in enumerate(PHOTO[:2]):
        R.append(f'<TR><TD WIDTH=60><A HREF="/photo/{200 + i}/"><IMG SRC="/upload/photo/t{200 + i}.jpg" WIDTH=60 HEIGHT=45 BORDER=0 ALT=""></A></TD>'
                 f'<TD><A HREF="/photo/{200 + i}/">{t}</A><BR><FONT CLASS="date">{n} фото</FONT></TD></TR>')
    R.append('</TABLE>')
    R.append(sp(1, 10) + '<BR><DIV CLASS="bnr">' + BANNER.format(name="right 200x200", pl="zi_right_200b", w=200, h=200) + '</DIV>')
    R.append('<TABLE WIDTH="100%" BORDER=0 CELLSPACING=0 CELLPADDING=4 CLASS="box"><TR><TD CLASS="head">СЮЖЕТЫ</TD></TR><TR><TD><UL CLASS="news">' +
             "".join(f'<LI><A HREF="/story/{60 + i}/">{t}</A> <FONT CLASS="date">({12 + (i * 7 + a["seed"] * 3) % 40})</FONT>' for i, t in enumerate(STORIES[:5])) +
             '</UL></TD></TR></TABLE>' + sp(1, 10) + '<BR>')
    R.append('<DIV ID="afisha_inf" STYLE="width:200px;height:150px"></DIV>')
    R.append('<SCRIPT LANGUAGE="JavaScript" TYPE="text/javascript"><!--\nvar zi_afisha=[' + ",".join(
        '["%s","%s","%s","/afisha/%d/"]' % ((today + _dt.timedelta(days=dd)).strftime("%d.%m"), t.replace('"', '\\"'), w.replace('"', '\\"'), 700 + i)
        for i, (t, w, dd) in enumerate(AFISHA)) + '];\nzi_informer("afisha_inf",zi_afisha,200,150,"#3A6EA5");\n//--></SCRIPT>' + sp(1, 10) + '<BR>')
    R.append('<TABLE WIDTH="100%" BORDER=0 CELLSPACING=0 CELLPADDING=4 CLASS="box"><TR><TD CLASS="head">НА ФОРУМЕ</TD></TR><TR><TD><FONT SIZE=1>'
             '<A HREF="/forum/t4112/">Куда сходить с детьми в выходные?</A> (48)<BR>'
             '<A HREF="/forum/t4098/">Ремонт дорог: где хуже всего</A> (131)<BR>'
             '<A HREF="/forum/t4087/">Подскажите хорошего стоматолога</A> (27)</FONT></TD></TR></TABLE>')
    R.append('</TD>')
    h.append("\n".join(R))
    h.append('</TR>')
    h.append('</TABLE>')

    # footer
    h.append(f'<TABLE WIDTH=1000 BORDER=0 CELLSPACING=0 CELLPADDING=0 ALIGN=center><TR><TD>{sp(1, 12)}</TD></TR></TABLE>')
    h.append('<TABLE WIDTH=1000 BORDER=0 CELLSPACING=0 CELLPADDING=6 ALIGN=center BGCOLOR="#3A6EA5" CLASS="foot"><TR><TD ALIGN=center><FONT COLOR="#FFFFFF" SIZE=1>' +
             " | ".join(f'<A HREF="/{k}/">{n}</A>' for k, n in MENU) + '</FONT></TD></TR></TABLE>')
    h.append('<TABLE WIDTH=1000 BORDER=0 CELLSPACING=0 CELLPADDING=6 ALIGN=center BGCOLOR="#F0F4F8"><TR>' + "".join(
        f'<TD VALIGN=top WIDTH="25%"><B>{hd}</B><BR>' + "<BR>".join(f'<A HREF="/p/{i}{j}/">{x}</A>' for j, x in enumerate(items)) + '</TD>'
        for i, (hd, items) in enumerate(PROJECTS)) + '</TR></TABLE>')
    h.append('<TABLE WIDTH=1000 BORDER=0 CELLSPACING=0 CELLPADDING=6 ALIGN=center><TR>')
    h.append('<TD VALIGN=top WIDTH="60%"><FONT CLASS="copy">&copy; 2003&ndash;' + str(today.year) +
             ' &laquo;Заречье-Инфо&raquo;. Все права защищены.<BR>'
             'Информационный портал Вологодской области. Возрастная категория 16+.<BR>'
             'Перепечатка материалов &mdash; только с гиперссылкой на www.zarechye-info.example.<BR>'
             'Время на сайте &mdash; московское.</FONT><BR><BR>'
             '<FONT SIZE=1><A HREF="/about/">О проекте</A> | <A HREF="/reklama/">Реклама на сайте</A> | <A HREF="/contacts/">Контакты редакции</A> | '
             '<A HREF="/forum/rules/">Правила форума</A> | <A HREF="/vacancy/">Вакансии</A> | <A HREF="/map/">Карта сайта</A> | '
             '<A HREF="/partners/">Партнеры</A></FONT></TD>')
    h.append('<TD VALIGN=top ALIGN=right><FONT CLASS="copy">Телефон редакции: (8172) 00-00-00<BR>E-mail: <A HREF="mailto:news@zarechye-info.example">news@zarechye-info.example</A><BR>'
             'Отдел рекламы: <A HREF="mailto:reklama@zarechye-info.example">reklama@zarechye-info.example</A></FONT><BR><BR>')
    h.append(COUNTERS)
    h.append('</TD></TR></TABLE>')
    h.append('</BODY>')
    h.append('</HTML>')
    return "\n".join(h), blocks


def dt(y, mo, d, hh, mm):
    return _dt.datetime(y, mo, d, hh, mm, tzinfo=MSK)


def iso(d):
    return d.isoformat()


def rel(pub, items):
    return [(t, pub - _dt.timedelta(days=n)) for t, n in items]


ARTICLES = []

# share-bar: every page has the "Версия для печати | Отправить другу" (print, send by e-mail) bar under the
# text (adjudicated on zarechye-info-04, GUIDELINES 10); some pages also have a "Поделиться" box.
COMMON_TAGS = ["legacy-encoding", "table-layout", "malformed-html", "no-metadata", "nav-menu", "footer-links",
               "ad-slots", "related-list", "most-read", "decoy-date", "local-time-zone", "html-entities", "share-bar"]

# ---------------------------------------------------------------- 01: culture, numeric date, photo, comments
P1 = dt(2016, 3, 14, 12, 40)
ARTICLES.append(dict(
    id=f"{SITE}-01", seed=1, declare=True, logo_h1=True, section=("culture", "Культура"), nid=48217,
    url=f"{HOST}/culture/48217.html",
    pub=P1, today=dt(2016, 3, 15, 10, 5), weather="-2&deg;C", weather2="-3&deg;C", weather3="-6&deg;C", usd="70,52", eur="78,31",
    title="В Вологде открылась выставка кружева &laquo;Морозные узоры&raquo; :: Заречье-Инфо :: Новости Вологодской области",
    desc="В выставочном зале «Красный угол» открылась выставка кружева «Морозные узоры»: более 140 работ мастериц.",
    keywords="кружево, выставка, Вологда, культура",
    date_html=f'<FONT CLASS="date">{num_date(P1)}</FONT> <FONT SIZE=1 COLOR="#999999">| Культура | просмотров: 1843</FONT>',
    headline="В Вологде открылась выставка кружева «Морозные узоры»",
    author="Ольга Смирнягина", photo_credit="Фото автора",
    poll=(311, "Как часто вы бываете в музеях и на выставках?", ["Раз в месяц и чаще", "Несколько раз в год", "Раз в год", "Практически никогда"]),
    parts=[
        ("img", "2016/03/kruzhevo_48217.jpg", "Работы мастериц в зале «Красный угол»"),
        ("p", "В выставочном зале «Красный угол» в субботу открылась выставка «Морозные узоры». На ней представлено более 140 работ мастериц из Вологды, Кириллова и Тотьмы — от старинных подзоров конца XIX века до современных панно, сплетённых в прошлом году."),
        ("p", "Организатором выступил частный фонд «Нить времени», который уже несколько лет собирает кружево по деревням области. По словам директора фонда Валентины Шаровой, значительная часть экспонатов никогда прежде не выставлялась: вещи годами хранились в сундуках и на чердаках."),
        ("p", "«Нам приносят свёртки и говорят: это бабушкино, заберите, пока не выбросили. Мы разворачиваем — а там работа музейного уровня», — рассказала Шарова."),
        ("p", "Самый старый предмет выставки — полотенце с кружевным концом, датированное 1887 годом. Его передала фонду жительница деревни Устье Кадуйского района. Рядом с ним выставлены работы учениц кружевной студии при районном доме культуры, самой младшей из которых 11 лет."),
        ("sub", "Узоры из деревенских сундуков"),
        ("p", "По подсчётам фонда, за последние пять лет его сотрудники и волонтёры объехали больше 60 деревень в восьми районах области. Каждую вещь фотографируют, описывают и заносят в электронный каталог: сейчас в нём около 1900 позиций, и примерно треть из них — работы неизвестных мастериц."),
        ("p", "«Подписи на кружеве почти никогда не ставили. Иногда удаётся установить автора по рассказам соседей или по характерному рисунку, но чаще мы пишем просто: деревня такая-то, конец XIX века», — объясняет хранитель фонда Ирина Белякова."),
        ("p", "Директор фонда признаётся, что собирать экспонаты становится сложнее с каждым годом: старых домов в деревнях всё меньше, а наследники нередко продают вещи перекупщикам. По её оценке, за последние годы из области в частные коллекции других регионов ушли сотни старинных изделий."),
        ("p", "«Мы не можем конкурировать с коллекционерами по деньгам. Наш аргумент другой: вещь останется дома, её увидят земляки, а имя мастерицы, если оно известно, будет подписано под работой», — говорит Шарова."),
        ("sub", "Ремесло, которое учится заново"),
        ("p", "Отдельный зал отведён под сколочное кружево, которое плетут на коклюшках по сколку — рисунку, наколотому на плотный картон. Посетители могут сами попробовать сплести несколько петель: мастерицы проводят короткие занятия каждые выходные."),
        ("p", "Кружевница Нина Лапшина, которая ведёт эти занятия, признаётся, что взрослые ученики нередко сдаются уже на первом уроке. «Коклюшки путаются, нитки рвутся. Дети терпеливее, чем кажется: они воспринимают это как игру», — говорит она."),
        ("p", "Интерес к кружеву в последние годы заметно вырос. В кружевной студии Кириллова, по данным районного управления культуры, сейчас занимаются 46 человек — вдвое больше, чем в 2012 году. Ещё две студии открылись в Соколе и Шексне."),
        ("p", "Однако мастерицы говорят, что зарабатывать ремеслом по-прежнему трудно. Небольшая салфетка требует нескольких недель работы, а покупатели не всегда готовы платить за неё больше 2–3 тысяч рублей. «Если считать по часам, получается копейки. Плетут не ради денег, а потому что руки просят», — говорит Лапшина."),
        ("p", "Часть работ с выставки можно будет купить: фонд договорился с авторами современных панно, что выручка от продажи пойдёт им напрямую, без комиссии. Цены, по словам организаторов, появятся на этикетках в последнюю неделю работы экспозиции."),
        ("p", "Это уже третья выставка фонда. Предыдущие были посвящены народной вышивке и ткачеству, а в прошлом году аналогичная экспозиция в Череповце собрала около трёх тысяч зрителей. На «Морозные узоры» кураторы рассчитывают привлечь не менее пяти тысяч посетителей."),
        ("p", "Выставка продлится до 30 апреля. Вход для школьников и пенсионеров бесплатный, для остальных посетителей билет стоит 150 рублей. По четвергам зал работает до 20:00."),
        ("p", "В апреле в зале также пройдут две лекции искусствоведа Андрея Полозова об истории кружевного промысла Вологодчины и о том, как кружево в XIX веке расходилось по ярмаркам всей страны. Лекции бесплатные, но число мест ограничено, записаться можно по телефону выставочного зала."),
        ("p", "Фонд «Нить времени» также объявил сбор старых сколков и коклюшек: их планируют передать начинающим кружевницам."),
    ],
    related=rel(P1, [("Вологодские кружевницы представили работы на ярмарке в Москве", 9),
                     ("В музее кружева начались бесплатные экскурсии для школьников", 23),
                     ("Фонд «Нить времени» ищет старинные вышивки", 61),
                     ("Мастер-класс по плетению на коклюшках собрал полсотни человек", 98),
                     ("Выставка народной вышивки открылась в Череповце", 340)]),
    comments=[("Марина_В", "14.03.2016 14:02", "Были в субботу с дочкой, очень понравилось! Обязательно сходите, кто еще не был."),
              ("старожил", "14.03.2016 15:37", "Полотенце 1887 года &mdash; это что-то невероятное. Спасибо фонду, что сохраняют."),
              ("Igor35", "14.03.2016 18:11", "150 рублей за вход нормально, но парковки рядом совсем нет."),
              ("Нюра", "15.03.2016 08:49", "У бабушки тоже лежат сколки, надо отнести.")],
    entities=[("Вологде", "LOC"), ("Морозные узоры", "MISC"), ("Красный угол", "ORG"), ("Вологды", "LOC"),
              ("Кириллова", "LOC"), ("Тотьмы", "LOC"), ("Нить времени", "ORG"), ("Валентины Шаровой", "PER"),
              ("Шарова", "PER"), ("Устье", "LOC"), ("Кадуйского района", "LOC"), ("Нина Лапшина", "PER"),
              ("Лапшина", "PER"), ("Череповце", "LOC"), ("Ирина Белякова", "PER"), ("Соколе", "LOC"), ("Шексне", "LOC"),
              ("Андрея Полозова", "PER"), ("Вологодчины", "LOC")],
    phenomena=COMMON_TAGS + ["photo-caption", "comments", "subheadings"],
    notes="Numeric visible date '14.03.2016 12:40' read as Moscow time (+03:00, the footer states site time is Moscow time); the photo caption is an optional caption block placed first, where the photo table sits.",
))

# ---------------------------------------------------------------- 02: society, month-name date, list, share
P2 = dt(2015, 9, 22, 9, 15)
ARTICLES.append(dict(
    id=f"{SITE}-02", seed=2, declare=True, logo_h1=True, section=("society", "Общество"), nid=45530,
    url=f"{HOST}/society/45530.html",
    pub=P2, today=dt(2015, 9, 23, 11, 20), weather="+9&deg;C", weather2="+10&deg;C", weather3="+6&deg;C", usd="66,37", eur="74,20",
    title="Жители трёх микрорайонов Череповца останутся без горячей воды до конца недели :: Заречье-Инфо :: Новости Вологодской области",
    desc="Из-за аварии на магистральной теплотрассе горячая вода отключена примерно в 240 домах.",
    keywords="Череповец, горячая вода, авария, ЖКХ",
    date_html=f'<FONT CLASS="date">{word_date(P2)}</FONT> <FONT SIZE=1 COLOR="#999999">| Общество | ЖКХ</FONT>',
    headline="Жители трёх микрорайонов Череповца останутся без горячей воды до конца недели",
    author="Сергей Тихомиров", share=True,
    poll=(298, "Готов ли ваш дом к отопительному сезону?", ["Да, все в порядке", "Частично", "Нет", "Не знаю"]),
    parts=[
        ("p", "Из-за аварии на магистральной теплотрассе в Зашекснинском районе Череповца горячая вода отключена примерно в 240 многоквартирных домах. Восстановить подачу обещают не раньше пятницы, 25 сентября."),
        ("p", "Порыв трубы диаметром 500 миллиметров обнаружили в ночь на понедельник во время гидравлических испытаний. По словам главного инженера компании «ТеплоЛинияСевер» Андрея Рябинина, участок трубопровода был проложен в 1978 году и давно выработал свой ресурс."),
        ("p", "«Мы вскрыли около 60 метров трассы, коррозия оказалась сильнее, чем показывала диагностика. Меняем участок целиком, а не ставим заплатки, поэтому работы займут несколько дней», — пояснил Рябинин."),
        ("p", "Отключение затронуло:"),
        ("ul", ["около 240 жилых домов в трёх микрорайонах;",
                "две школы и четыре детских сада;",
                "городскую поликлинику, где горячую воду временно греют электрическими бойлерами;",
                "спортивный комплекс с бассейном, который закрыт до окончания ремонта."]),
        ("p", "Отопление в домах пока не включено, поэтому на него авария не повлияет: начало отопительного сезона в городе запланировано на 1 октября. Однако, как подчеркнули в компании, если ремонт затянется, подключение домов к теплу может начаться с опозданием."),
        ("p", "Жители недовольны тем, что об аварии их не предупредили. «Узнали, только когда из крана пошла холодная. Объявление на подъезде повесили к вечеру», — рассказала корреспонденту «Заречье-Инфо» пенсионерка Галина Воробьёва."),
        ("p", "В «ТеплоЛинияСевер» сообщили, что на время ремонта организован подвоз горячей воды для маломобильных жителей по заявкам. Телефон горячей линии опубликован на сайте компании, заявки также принимают управляющие компании."),
        ("p", "Это уже вторая крупная авария на теплосетях Череповца за год. В феврале из-за порыва трубы на сутки без отопления оставались около 80 домов в Индустриальном районе. Тогда компания пообещала до конца 2015 года заменить 4 километра самых изношенных участков, однако, по её собственным данным, к сентябрю выполнено меньше половины работ."),
        ("p", "Рябинин объясняет отставание тем, что подрядчик вышел на объекты только в июле, и уверяет, что оставшиеся участки заменят до ноября."),
    ],
    related=rel(P2, [("Отопительный сезон в области начнется 1 октября", 4),
                     ("Гидравлические испытания теплосетей продлятся до конца сентября", 12),
                     ("Жители Индустриального района сутки сидели без тепла", 215),
                     ("Тарифы на горячую воду вырастут с 1 июля", 290)]),
    comments=[("Дмитрий Ч.", "22.09.2015 10:03", "Каждый год одно и то же. Трубы менять надо, а не латать."),
              ("Ольга", "22.09.2015 11:48", "У нас на Октябрьском тоже нет воды, хотя в списке нашего дома не было."),
              ("череповчанин", "22.09.2015 13:30", "Хорошо хоть подвоз для стариков организовали.")],
    entities=[("Череповца", "LOC"), ("Зашекснинском районе", "LOC"), ("ТеплоЛинияСевер", "ORG"),
              ("Андрея Рябинина", "PER"), ("Рябинин", "PER"), ("Заречье-Инфо", "ORG"), ("Галина Воробьёва", "PER"),
              ("Индустриальном районе", "LOC")],
    phenomena=COMMON_TAGS + ["localized-date", "list-in-body", "share-bar", "comments"],
    notes="Visible date '22 сентября 2015, 09:15' with a Russian month name, Moscow time (+03:00); the list lead-in 'Отключение затронуло:' is kept as a paragraph.",
))

# ---------------------------------------------------------------- 03: sport, short article
P3 = dt(2016, 2, 5, 17, 5)
ARTICLES.append(dict(
    id=f"{SITE}-03", seed=3, declare=True, hl_tag="div", section=("sport", "Спорт"), nid=47612,
    url=f"{HOST}/sport/47612.html",
    pub=P3, today=dt(2016, 2, 6, 9, 40), weather="-11&deg;C", weather2="-12&deg;C", weather3="-17&deg;C", usd="77,85", eur="87,04",
    title="В Соколе пройдёт лыжный марафон памяти тренера Николая Грачёва",
    desc="Лыжный марафон памяти тренера пройдет 7 февраля на лыжной базе в Соколе.",
    keywords="лыжи, марафон, Сокол, спорт",
    date_html=f'<FONT CLASS="date">{num_date(P3)}</FONT> <FONT SIZE=1 COLOR="#999999">| Спорт</FONT>',
    headline="В Соколе пройдёт лыжный марафон памяти тренера Николая Грачёва",
    poll=(305, "Каким видом спорта вы занимаетесь зимой?", ["Лыжи", "Коньки", "Хоккей", "Никаким"]),
    parts=[
        ("p", "В воскресенье, 7 февраля, на лыжной базе «Берёзка» в Соколе пройдёт XII марафон памяти заслуженного тренера Николая Грачёва."),
        ("p", "Участникам предстоит преодолеть дистанции 10, 25 и 50 километров свободным стилем. Регистрация открыта до субботы, стартовый взнос — 200 рублей, дети и ветераны участвуют бесплатно."),
        ("p", "Старт в 11:00. Организаторы просят болельщиков оставлять машины на стоянке у стадиона «Труд»."),
    ],
    related=rel(P3, [("Лыжный сезон в области открыт: где покататься", 40),
                     ("Сокольские лыжники привезли три медали с первенства Северо-Запада", 19),
                     ("На базе «Берёзка» появилось освещение трассы", 110)]),
    entities=[("Соколе", "LOC"), ("Николая Грачёва", "PER"), ("Берёзка", "LOC"), ("Труд", "LOC")],
    phenomena=COMMON_TAGS + ["short-article"],
    notes="Brief without a byline (authors empty); numeric date read as Moscow time (+03:00).",
))

# ---------------------------------------------------------------- 04: science, no charset declared, table, quote
P4 = dt(2016, 7, 11, 18, 30)
ARTICLES.append(dict(
    id=f"{SITE}-04", seed=4, declare=False, section=("culture", "Культура"), nid=50344,
    url=f"{HOST}/culture/50344.html",
    pub=P4, today=dt(2016, 7, 12, 8, 55), weather="+19&deg;C", weather2="+21&deg;C", weather3="+17&deg;C", usd="64,11", eur="70,98",
    title="Под Тотьмой раскопали древнее поселение :: Заречье-Инфо",
    desc="Археологи нашли на берегу Сухоны остатки поселения XII века.",
    keywords="археология, Тотьма, Сухона, раскопки",
    date_html=f'<FONT CLASS="date">{word_date(P4, god=True)}</FONT> <FONT SIZE=1 COLOR="#999999">| Культура | Наука</FONT>',
    headline="Археологи нашли на берегу Сухоны следы поселения XII века",
    author="Дмитрий Логинов",
    poll=(322, "Интересуетесь ли вы историей родного края?", ["Да, очень", "Иногда читаю", "Нет"]),
    parts=[
        ("p", "Экспедиция Северного института археологии и краеведения завершила первый полевой сезон на высоком берегу Сухоны в 15 километрах от Тотьмы. На площади около 300 квадратных метров учёные обнаружили остатки жилищ, очагов и хозяйственных ям, которые предварительно датируют XII — началом XIII века."),
        ("p", "Руководитель экспедиции, кандидат исторических наук Анна Кречетова, рассказала, что памятник обнаружили случайно: весной паводок подмыл край обрыва, и местный житель заметил в осыпи фрагменты глиняной посуды."),
        ("quote", "«Сначала мы думали, что это небольшая стоянка рыбаков. Но уже в первую неделю стало понятно, что перед нами постоянное поселение с несколькими постройками. Для этого участка Сухоны таких находок раньше не было»."),
        ("p", "Всего за сезон собрано более 2,5 тысячи находок. Основную часть составляют обломки керамики, но есть и более редкие предметы."),
        ("sub", "Основные находки сезона:"),
        ("table", [["Категория", "Количество", "Примечание"],
                   ["Фрагменты керамики", "2140", "в том числе 37 венчиков с орнаментом"],
                   ["Железные изделия", "86", "ножи, наконечники стрел, гвозди"],
                   ["Пряслица", "14", "глиняные и каменные"],
                   ["Украшения", "9", "бронзовые подвески и стеклянные бусины"],
                   ["Кости животных", "около 300", "переданы на анализ"]]),
        ("p", "Особый интерес у исследователей вызвала бронзовая подвеска в виде утки — такие украшения характерны для финно-угорского населения Русского Севера. По словам Кречетовой, находка может говорить о том, что славянские переселенцы и местные жители какое-то время жили бок о бок."),
        ("p", "Работы экспедиции финансируются за счёт гранта частного фонда «Северные древности» и пожертвований. В раскопках участвовали 18 человек, в том числе студенты из Вологды, Ярославля и Петрозаводска."),
        ("p", "Осенью находки передадут на реставрацию, а самые интересные из них планируют показать на выставке в Тотьме в следующем году."),
        ("p", "Экспедиция рассчитывает вернуться на Сухону в июне 2017 года. По предварительным оценкам, раскопано не более десятой части поселения. «Главное, чтобы река не успела забрать его раньше нас», — говорит Кречетова."),
    ],
    related=rel(P4, [("В Белозерске нашли берестяную грамоту", 33),
                     ("Студенты-археологи отправились на раскопки в Кириллов", 45),
                     ("Краеведы восстановили карту старых трактов области", 120),
                     ("Паводок на Сухоне размыл берег у деревни", 88)]),
    entities=[("Сухоны", "LOC"), ("Северного института археологии и краеведения", "ORG"), ("Тотьмы", "LOC"),
              ("Анна Кречетова", "PER"), ("Кречетовой", "PER"), ("Кречетова", "PER"), ("финно-угорского", "MISC"),
              ("Русского Севера", "LOC"), ("славянские", "MISC"), ("Северные древности", "ORG"), ("Вологды", "LOC"),
              ("Ярославля", "LOC"), ("Петрозаводска", "LOC"), ("Тотьме", "LOC"), ("Сухону", "LOC")],
    phenomena=COMMON_TAGS + ["localized-date", "table-in-body", "title-differs-from-headline", "subheadings"],
    notes="The page declares no charset (no meta, no BOM); the gold confirms windows-1251. The block quote is a quote block. Adjudicated with the second annotation: the bold-only line 'Основные находки сезона:' titles the table below it and is a heading block (GUIDELINES 7.1), hence subheadings; the 'Версия для печати | Отправить другу' print and e-mail links are a share bar (GUIDELINES 10).",
))


def main():
    for a in ARTICLES:
        html_text, blocks = page(a)
        art = Article(
            id=a["id"], site=SITE, url=a["url"], language="ru", headline=a["headline"],
            published=iso(a["pub"]), modified=None,
            authors=[a["author"]] if a.get("author") else [], summary="", blocks=blocks, entities=a["entities"],
            phenomena=a["phenomena"], notes=a["notes"],
            encoding=None if a["declare"] else "windows-1251",
        )
        p = emit(art, html_text, "cp1251")
        raw = (p.parents[1] / "raw_html" / f"{a['id']}.html").stat().st_size
        print(f"{a['id']}\t{raw / 1024:.1f} KB")


if __name__ == "__main__":
    main()
