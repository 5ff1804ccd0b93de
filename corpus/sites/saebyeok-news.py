import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from corpus.lib import Article, Block, emit

"""새벽뉴스 (saebyeok-news): a dense Korean newspaper portal on a classic server-rendered
newspaper CMS (articleView.html?idxno=..., 'article-head-title', 'article-view-content-div').
Two skins: the legacy XHTML skin (2015-2019, still served in EUC-KR on older articles, no
JSON-LD) and the 2020s HTML5 skin (UTF-8, JSON-LD, newsletter box, keyword tags). Bylines are
"홍길동 기자" with an e-mail address; photo captions end in a credit. Times are KST (+09:00).

Metadata personality (realism wave): the legacy skin has no JSON-LD and no article:published_time
(dates only visible), meta author the reporter or, on one story, the paper's name; the new skin has
JSON-LD (author the reporters; on one story datePublished is the creation time of the evening before) and article:published_time, and its logo is an <h1>. Every story carries an
in-article ad between paragraphs; on the new skin some stories close the text block there and open a
second one after a '관련기사' line. The all-menu is a <template>/text-html script, GNB sub-menus and
the recommendation widget's feed are JSON."""

import datetime as _dt
import html as _html
import json as _json
import re as _re

SITE = "saebyeok-news"
NAME = "새벽뉴스"
HOST = "https://www.saebyeok.example"
IMG = "https://img.saebyeok.example"
KST = _dt.timezone(_dt.timedelta(hours=9))
WD = "월화수목금토일"


def esc(s):
    return _html.escape(s, quote=True)


def strip(s):
    return _html.unescape(_re.sub(r"<[^>]+>", "", s))


def ents(s):
    """Typographic characters written as named references, as the old web editor stored them."""
    return (s.replace("“", "&ldquo;").replace("”", "&rdquo;").replace("‘", "&lsquo;").replace("’", "&rsquo;")
            .replace("·", "&middot;").replace("…", "&hellip;"))


def dt(y, mo, d, hh, mm):
    return _dt.datetime(y, mo, d, hh, mm, tzinfo=KST)


def iso(d):
    return d.strftime("%Y-%m-%dT%H:%M") + "+09:00"


def num_date(d):
    return d.strftime("%Y.%m.%d %H:%M")


def word_date(d):
    return f"{d.year}년 {d.month:02d}월 {d.day:02d}일 ({WD[d.weekday()]}) {d:%H:%M}"


# ---------------------------------------------------------------------------- boilerplate pools

NAV = [
    ("S1N1", "politics", "정치", ["국회·정당", "행정·자치", "북한·통일", "외교·국방", "정치일반"]),
    ("S1N2", "economy", "경제", ["경제정책", "금융·증권", "산업·기업", "부동산", "유통·소비", "취업·창업"]),
    ("S1N3", "society", "사회", ["사건·사고", "법원·검찰", "교육", "노동", "환경", "복지·의료", "사회일반"]),
    ("S1N4", "national", "전국", ["수도권", "강원", "충청", "호남", "영남", "제주"]),
    ("S1N5", "world", "국제", ["아시아", "미주", "유럽", "중동·아프리카", "국제일반"]),
    ("S1N6", "culture", "문화", ["공연·전시", "책·출판", "여행·레저", "종교", "학술", "생활"]),
    ("S1N7", "sports", "스포츠", ["야구", "축구", "농구·배구", "골프", "마라톤·육상", "스포츠일반"]),
    ("S1N8", "ent", "연예", ["방송", "영화", "음악", "연예일반"]),
    ("S1N9", "opinion", "오피니언", ["사설", "칼럼", "기고", "독자투고", "만평"]),
    ("S1N10", "people", "사람들", ["인사", "부고", "동정", "화제의 인물"]),
    ("S1N11", "photo", "포토", []),
    ("S1N12", "video", "영상", []),
]

POOL = [
    "주말 전국 대체로 맑고 일교차 커…건강관리 유의",
    "폐교 활용한 마을 도서관 주민 호응",
    "고속도로 휴게소 전기차 충전기 두 배로 늘린다",
    "장마 앞두고 하천 정비 공사 마무리 서둘러",
    "지역 농산물 꾸러미 정기배송 가입자 1만명 돌파",
    "어린이 보호구역 과속 단속카메라 추가 설치",
    "공공자전거 이용 건수 역대 최다",
    "섬 지역 응급환자 이송 헬기 운항 확대",
    "청년 월세 지원 신청 다음 달 마감",
    "유기동물 입양센터 주말 운영 시작",
    "도심 하천 생태 복원 사업 첫 삽",
    "노후 상수관 교체로 녹물 민원 절반 줄어",
    "지역화폐 할인율 10%로 상향",
    "야간 관광 코스 ‘달빛 골목길’ 인기",
    "중소기업 수출 상담회에 바이어 120명 참가",
    "학교 급식 친환경 식재료 비중 확대",
    "택시 심야 호출 요금 한시적 인상",
    "시립미술관 근현대 판화 특별전 개막",
    "해수욕장 개장 앞두고 수질 검사 ‘적합’",
    "농촌 빈집 정비해 귀농인 임대주택으로",
    "독감 예방접종 무료 대상 확대",
    "프로축구 홈 개막전 매진…관중 2만명",
    "가을 단풍 절정 이번 주말 예상",
    "치매안심센터 찾아가는 검진 서비스",
    "국도 확장 공사로 출퇴근길 정체 우려",
    "어르신 일자리 사업 참여자 모집",
    "전세 사기 피해 상담 창구 상시 운영",
    "대학 기숙사 신축 놓고 주민 반발",
    "산불 조심 기간 입산 통제 구역 지정",
    "지역 출신 작가 장편소설 문학상 수상",
    "버스 노선 개편 첫날 혼선 잇따라",
    "수산물 원산지 표시 위반 업소 무더기 적발",
    "공공 산후조리원 예약 하루 만에 마감",
    "스마트 농업 교육 수료생 절반 창업",
    "주민센터 무인 민원 발급기 24시간 운영",
    "겨울철 한파 쉼터 300곳 운영",
    "시내버스 파업 예고…노사 막판 협상",
    "항구 마을 벽화 거리 새 단장",
    "폭설 대비 제설제 사전 비축 완료",
    "반려견 놀이터 세 곳 추가 조성",
]

COLUMNS = [
    ("새벽칼럼", "골목이 살아야 도시가 산다", "윤재경 논설위원"),
    ("시론", "지방 대학의 위기는 지역의 위기다", "차도윤 객원논설위원"),
    ("데스크 시각", "숫자보다 사람을 먼저 보는 행정", "민서경 사회부장"),
    ("기자수첩", "‘보여주기’ 행사는 이제 그만", "백승주 기자"),
]

PHOTOS = ["가을빛 물든 수목원 산책길", "새벽 어시장의 활기", "눈 덮인 산사의 아침", "도심 속 연꽃 활짝",
          "바다 위 해넘이", "모내기 한창인 들녘"]

ISSUES = ["지방 소멸, 해법은 있나", "기후위기 현장을 가다", "우리 동네 민생 탐방", "청년이 떠나는 도시",
          "전통시장 新풍경"]

REGIONS = [
    ("수도권", ["경기 남부 광역버스 12개 노선 증차", "인천 섬 지역 여객선 야간 운항 시범", "수원 성곽길 야간 개방 연장"]),
    ("강원", ["강릉 해변 송림 산책로 정비", "원주 어린이 병원 개원 추진", "속초 항구 축제 사흘간 열려"]),
    ("충청", ["청주 도심 공공자전거 500대 추가", "천안 전통시장 주차장 공유 시범", "공주 밤 수확 체험 행사 인기"]),
    ("호남", ["광주 도심 하천 산책로 야간 조명 설치", "전주 한옥마을 교통 혼잡 대책 마련", "여수 섬 마을 태양광 발전 확대"]),
    ("영남", ["울산 강변 정원 방문객 역대 최다", "포항 해안도로 낙석 방지 공사", "진주 강변 등불 체험장 상설화"]),
    ("제주", ["제주 올레길 쓰레기 줄이기 캠페인", "서귀포 감귤 수확 일손 돕기", "중산간 도로 짙은 안개 주의"]),
]

SERVICES = [("/com/pdf.html", "지면보기"), ("/newsletter/", "뉴스레터"), ("/com/jebo.html", "기사제보"),
            ("/com/subscribe.html", "구독신청"), ("/com/ad.html", "광고문의"), ("/com/app.html", "모바일 앱"),
            ("/news/articleList.html?sc_serial_code=ALL", "연재 전체보기"), ("/com/event.html", "이벤트"),
            ("/com/academy.html", "새벽아카데미"), ("/com/award.html", "새벽독자상")]

FAMILY = ["새벽스포츠", "새벽경제TV", "주간새벽", "새벽영문판", "새벽어린이신문", "새벽아카데미", "새벽문화재단"]

DABLE_JS = """
<script type="text/javascript">
(function(d,a,b,l,e,_) {
if(d[b]&&d[b].q)return;d[b]=function(){(d[b].q=d[b].q||[]).push(arguments)};e=a.createElement(l);
e.async=1;e.charset='utf-8';e.src='//static.dable.example/dist/plugin.min.js';
_=a.getElementsByTagName(l)[0];_.parentNode.insertBefore(e,_);
})(window,document,'dable','script');
dable('setService', 'saebyeok.example');
dable('sendLogOnce');
dable('renderWidget', 'dablewidget_sb01', {ignore_items: true});
</script>
<script type="text/javascript">
(function(){
  var tabs = document.querySelectorAll(".rank-tab a");
  for (var i = 0; i < tabs.length; i++) {
    tabs[i].onclick = function(){
      var t = this.getAttribute("data-tab");
      for (var j = 0; j < tabs.length; j++) { tabs[j].className = ""; }
      this.className = "on";
      document.getElementById("rank-day").style.display = t == "day" ? "block" : "none";
      document.getElementById("rank-week").style.display = t == "week" ? "block" : "none";
      return false;
    };
  }
  var am = document.getElementById("allmenu"), ab = document.getElementById("btn-allmenu");
  if (ab) ab.onclick = function(){ am.style.display = am.style.display == "block" ? "none" : "block"; return false; };
})();
</script>
"""

CSS = """
@charset "%(cs)s";
html,body,div,span,h1,h2,h3,h4,h5,p,a,em,img,strong,dl,dt,dd,ol,ul,li,form,fieldset,table,tbody,tr,th,td,figure,figcaption{margin:0;padding:0;border:0}
body{font-family:"Malgun Gothic","맑은 고딕",Dotum,"돋움",sans-serif;font-size:13px;color:#222;background:#fff;line-height:1.5}
ul,ol{list-style:none}a{color:#222;text-decoration:none}a:hover{text-decoration:underline}
img{vertical-align:top}.blind{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.clearfix:after{content:"";display:block;clear:both}
#skip a{position:absolute;top:-999px;left:0}#skip a:focus{top:0;background:#000;color:#fff;padding:6px;z-index:999}
#top_wrap{height:32px;line-height:32px;background:#f4f4f4;border-bottom:1px solid #e2e2e2;font-size:12px;color:#666}
#top_wrap .inner{width:1200px;margin:0 auto}#top_wrap .today{float:left;margin-right:14px}#top_wrap .weather{float:left;color:#1a5fb4}
#top_wrap .top_menu{float:right}#top_wrap .top_menu li{float:left;margin-left:12px}#top_wrap .top_menu a{color:#666}
#header{width:1200px;margin:0 auto;height:104px;position:relative}
#header .logo{position:absolute;left:0;top:22px;width:260px;height:60px;background:url(%(img)s/skin/logo_saebyeok.png) no-repeat;text-indent:-9999px;overflow:hidden}
#header .search{position:absolute;left:420px;top:34px;border:2px solid #0b3d91;width:340px;height:36px}
#header .search input.txt{border:0;width:280px;height:36px;padding:0 10px;font-size:14px}
#header .search button{position:absolute;right:0;top:0;width:48px;height:36px;border:0;background:#0b3d91;color:#fff}
#header .banner_top{position:absolute;right:0;top:17px;width:360px;height:70px;background:#f7f7f7}
#gnb{background:#0b3d91;height:46px;border-bottom:3px solid #08306f}
#gnb>ul{width:1200px;margin:0 auto}#gnb>ul>li{float:left;position:relative}
#gnb>ul>li>a{display:block;padding:0 17px;line-height:46px;color:#fff;font-size:16px;font-weight:bold}
#gnb>ul>li.on>a,#gnb>ul>li>a:hover{background:#08306f;text-decoration:none}
#gnb .sub{display:none;position:absolute;left:0;top:46px;background:#fff;border:1px solid #0b3d91;padding:8px 0;width:150px;z-index:50}
#gnb li:hover .sub{display:block}#gnb .sub li a{display:block;padding:4px 14px;font-size:13px;color:#333}
#breaking{width:1200px;margin:10px auto;height:34px;line-height:34px;border:1px solid #ddd;overflow:hidden}
#breaking strong{float:left;width:90px;text-align:center;background:#c8102e;color:#fff}
#breaking ul{float:left;margin-left:14px}#breaking li{height:34px;overflow:hidden}
#container{width:1200px;margin:0 auto}#content{float:left;width:840px}#aside{float:right;width:320px}
.location{font-size:12px;color:#888;padding:10px 0;border-bottom:1px solid #eee}.location a{color:#888}
.article-head{padding:18px 0 14px;border-bottom:1px solid #d7d7d7}
.article-head .section-name{display:inline-block;color:#0b3d91;font-weight:bold;font-size:14px;margin-bottom:8px}
.article-head-title{font-size:34px;line-height:1.35;font-weight:bold;letter-spacing:-1.5px;color:#111;margin-bottom:10px}
.article-head-title .kicker{color:#c8102e;margin-right:6px}
.article-head-sub{font-size:19px;line-height:1.5;color:#555;border-left:3px solid #0b3d91;padding-left:12px;margin:12px 0}
.info-group{height:30px;line-height:30px;font-size:13px;color:#777;position:relative}
.info-group .infomation li{float:left;margin-right:14px}.info-group .infomation li i{margin-right:4px}
.info-group .util{position:absolute;right:0;top:0}.info-group .util a{display:inline-block;width:30px;height:30px;margin-left:2px;background:url(%(img)s/skin/util.png) no-repeat;text-indent:-9999px;overflow:hidden}
.article-body{font-size:17px;line-height:1.85;color:#222;padding:26px 0 10px;letter-spacing:-0.3px;word-break:keep-all}
.article-body p{margin-bottom:24px}
.article-body h3,.article-body .sub-title{font-size:19px;font-weight:bold;color:#0b3d91;margin:30px 0 14px;padding-left:10px;border-left:4px solid #0b3d91}
.article-body ul.dot-list{margin:0 0 24px 20px}.article-body ul.dot-list li{list-style:disc;margin-bottom:6px}
.IMGFLOATING,.photo-layout{margin:0 auto 26px;text-align:center}
.IMGFLOATING img,.photo-layout img{max-width:100%%}
.photo-caption,.photo-layout figcaption{font-size:14px;color:#666;line-height:1.5;text-align:left;padding:8px 4px 0;border-bottom:1px solid #eee}
.table-data{width:100%%;border-collapse:collapse;margin:0 0 10px;font-size:15px;border-top:2px solid #0b3d91}
.table-data caption{font-weight:bold;text-align:left;padding:6px 0;font-size:15px}
.table-data th{background:#eef2fa;padding:7px;border-bottom:1px solid #ccd}.table-data td{text-align:center;padding:7px;border-bottom:1px solid #e3e3e3}
.table-src{font-size:13px;color:#777;margin-bottom:24px}
.view-copyright{font-size:13px;color:#888;padding:14px 0;border-top:1px dashed #ddd}
.view-editors{border:1px solid #e5e5e5;background:#fafafa;padding:14px 16px;margin:10px 0 20px;font-size:14px}
.view-editors .name{font-weight:bold}.view-editors .email{color:#1a5fb4;margin-left:10px}
.view-editors .more{float:right;color:#666}
.ad-wrap{background:#f6f6f6;text-align:center;color:#bbb;font-size:11px;margin:16px auto;position:relative}
.ad-wrap .ad-label{position:absolute;left:0;top:0;background:#ddd;color:#fff;padding:0 4px}
.ad-728{width:728px;height:90px}.ad-300{width:300px;height:250px}.ad-300-600{width:300px;height:600px}.ad-inarticle{width:640px;height:120px}
.box-title{font-size:17px;font-weight:bold;color:#111;padding-bottom:8px;border-bottom:2px solid #111;margin:24px 0 10px}
.news-list li{padding:7px 0;border-bottom:1px solid #f0f0f0;font-size:14px;overflow:hidden;white-space:nowrap;text-overflow:ellipsis}
.news-list li .date{float:right;color:#999;font-size:12px;margin-left:10px}
.ranking li{padding:6px 0 6px 28px;position:relative;font-size:14px}
.ranking li em{position:absolute;left:0;top:6px;width:20px;height:20px;line-height:20px;text-align:center;background:#999;color:#fff;font-style:normal;font-size:12px}
.ranking li.top em{background:#c8102e}
.photo-list li{float:left;width:150px;margin:0 10px 12px 0}.photo-list li:nth-child(2n){margin-right:0}
.photo-list img{width:150px;height:100px;display:block;margin-bottom:4px}
.column-list li{padding:8px 0;border-bottom:1px solid #eee}.column-list .writer{display:block;color:#888;font-size:12px}
.section-box{float:left;width:400px;margin-right:40px}.section-box.even{margin-right:0}
.reply-box{border-top:2px solid #111;margin-top:20px;padding:14px 0}.reply-box .count{font-weight:bold;color:#c8102e}
.reply-box textarea{width:100%%;height:70px;border:1px solid #ccc;margin-top:8px}
.newsletter{background:#0b3d91;color:#fff;padding:18px 20px;margin:20px 0}
.newsletter input{width:260px;height:34px;border:0;padding:0 8px}.newsletter button{height:34px;border:0;background:#ffd400;padding:0 14px;font-weight:bold}
.tag-group{margin:10px 0 18px}.tag-group a{display:inline-block;border:1px solid #cfd6e4;border-radius:16px;padding:2px 12px;margin:0 6px 6px 0;color:#0b3d91;font-size:13px}
#footer{background:#2b2f36;color:#a9adb5;margin-top:40px;font-size:12px}
#footer .fnb{background:#22252b;height:44px;line-height:44px}#footer .fnb ul{width:1200px;margin:0 auto}
#footer .fnb li{float:left;margin-right:18px}#footer .fnb a{color:#d6d9de}#footer .fnb a.privacy{color:#ffd400;font-weight:bold}
#footer .company{width:1200px;margin:0 auto;padding:20px 0;line-height:1.9}
#footer .sitemap{width:1200px;margin:0 auto;padding:18px 0;border-bottom:1px solid #3b4049}
#footer .sitemap dl{float:left;width:100px}#footer .sitemap dt a{color:#fff;font-weight:bold}#footer .sitemap dd a{color:#a9adb5}
#footer .copyright{color:#777}
#allmenu{display:none;position:absolute;left:0;right:0;top:150px;background:#fff;border-top:2px solid #0b3d91;border-bottom:1px solid #ccc;z-index:200;padding:20px 0}
#allmenu .inner{width:1200px;margin:0 auto}#allmenu dl{float:left;width:16.6%%;margin-bottom:14px}#allmenu dt{font-weight:bold;color:#0b3d91;margin-bottom:4px}
#allmenu .service{clear:both;border-top:1px solid #eee;padding-top:10px}#allmenu .service a{margin-right:16px}
.btn-allmenu{position:absolute;left:300px;top:40px;width:30px;height:24px;background:url(%(img)s/skin/allmenu.png) no-repeat;text-indent:-9999px;overflow:hidden}
.rank-tab{overflow:hidden;margin:24px 0 6px;border-bottom:2px solid #111}.rank-tab a{float:left;padding:6px 14px;font-weight:bold;color:#999}.rank-tab a.on{color:#111}
.region-box dt{font-weight:bold;color:#0b3d91;margin-top:8px}.region-box dd{padding:3px 0 3px 8px;font-size:13px}
#footer .family{float:right;margin-top:-34px}#footer .family select{height:26px;font-size:12px}
#dablewidget_sb01{min-height:280px;margin:20px 0}
.btn-top{position:fixed;right:30px;bottom:40px;width:44px;height:44px;background:#0b3d91;color:#fff;text-align:center;line-height:44px;display:none}
"""

HEAD_JS = """
<script type="text/javascript">
window.dataLayer = window.dataLayer || [];
function gtag(){dataLayer.push(arguments);}
gtag('js', new Date());
gtag('config', 'G-SBY4K7Q2XN', {'content_group': '%(sec)s', 'article_id': '%(idx)s'});
</script>
<script type="text/javascript" async src="https://www.googletagmanager.example/gtag/js?id=G-SBY4K7Q2XN"></script>
<script type="text/javascript" src="//wcs.analytics.example/wcslog.js"></script>
<script type="text/javascript">
if(!wcs_add) var wcs_add = {};
wcs_add["wa"] = "s_4e81a2b93cd0";
if(window.wcs) { wcs.inflow("saebyeok.example"); wcs_do(); }
</script>
<script type="text/javascript">
var sbAd = sbAd || {cmd: []};
sbAd.cmd.push(function(){
  sbAd.defineSlot('/7316402/saebyeok_pc_article_top', [728, 90], 'ad-top').addService(sbAd.pubads());
  sbAd.defineSlot('/7316402/saebyeok_pc_article_right1', [300, 250], 'ad-right1').addService(sbAd.pubads());
  sbAd.defineSlot('/7316402/saebyeok_pc_article_right2', [300, 600], 'ad-right2').addService(sbAd.pubads());
  sbAd.defineSlot('/7316402/saebyeok_pc_article_inarticle', [640, 120], 'ad-inarticle').addService(sbAd.pubads());
  sbAd.defineSlot('/7316402/saebyeok_pc_article_bottom', [728, 90], 'ad-bottom').addService(sbAd.pubads());
  sbAd.pubads().setTargeting('section', '%(sec)s').setTargeting('idxno', '%(idx)s');
  sbAd.pubads().enableLazyLoad({fetchMarginPercent: 200, renderMarginPercent: 100});
  sbAd.enableServices();
});
</script>
<script type="text/javascript" async src="//adserver.saebyeok.example/js/sbad.js?v=20150911"></script>
"""

FOOT_JS = """
<script type="text/javascript" src="//t1.kakaocdn.example/kakao_js_sdk/1.43.0/kakao.min.js"></script>
<script type="text/javascript">
try { Kakao.init('3c9f0b7e21d84a6f9e0b5c2d7a1f4e68'); } catch (e) {}
function sbShare(type) {
  var url = encodeURIComponent(document.querySelector("link[rel=canonical]").href);
  var title = encodeURIComponent(document.querySelector("meta[property='og:title']").content);
  switch (type) {
    case "facebook": window.open("https://www.facebook.example/sharer/sharer.php?u=" + url, "sns", "width=600,height=500"); break;
    case "twitter": window.open("https://twitter.example/intent/tweet?url=" + url + "&text=" + title, "sns", "width=600,height=500"); break;
    case "band": window.open("https://band.example/plugin/share?body=" + title + "%%0A" + url, "sns", "width=600,height=500"); break;
    case "kakao": Kakao.Link.sendScrap({requestUrl: decodeURIComponent(url)}); break;
    case "url":
      var t = document.createElement("textarea"); t.value = decodeURIComponent(url); document.body.appendChild(t);
      t.select(); document.execCommand("copy"); document.body.removeChild(t); alert("URL이 복사되었습니다."); break;
  }
  return false;
}
function fontSize(step) {
  var el = document.getElementById("article-view-content-div"); if (!el) return false;
  var cur = parseInt(el.style.fontSize || 17, 10); cur = Math.max(13, Math.min(25, cur + step));
  el.style.fontSize = cur + "px"; return false;
}
(function(){
  var btn = document.getElementById("btn-top");
  window.onscroll = function(){ btn.style.display = (document.documentElement.scrollTop || document.body.scrollTop) > 500 ? "block" : "none"; };
  var x = new XMLHttpRequest();
  x.open("GET", "/news/ajax/viewCount.php?idxno=%(idx)s&_=" + (+new Date()), true);
  x.send();
})();
</script>
"""


def pool(seed, n, off=0):
    return [POOL[(seed * 7 + off + i * 5) % len(POOL)] for i in range(n)]




# ---------------------------------------------------------------- page weight without visible text (realism wave)
# Real pages are heavy in markup, not in words: a consent manager's vendor list, an SVG icon sprite, a
# utility stylesheet, ad-auction configuration and widget state. All of it is generated here, seeded
# per page, with invented vendor names on reserved domains.

import random as _random

json_dumps = lambda o: _json.dumps(o, ensure_ascii=False, separators=(",", ":"))

_VA = ["Adkin", "Bramble", "Cobalt", "Dunmore", "Everly", "Fathom", "Glint", "Harrow", "Inkwell", "Juniper", "Kestrel",
       "Lattice", "Marlow", "Nimbus", "Orchard", "Pillar", "Quarry", "Rowan", "Sable", "Thistle", "Umber", "Vantor",
       "Willow", "Yarrow", "Zephyr", "Alder", "Birch", "Cinder", "Drift", "Ember"]
_VB = ["metrics", "reach", "signal", "bid", "pixel", "lens", "cast", "flow", "grid", "sense", "scope", "tap", "loop",
       "audience", "path", "ledger", "beacon", "relay", "insight", "xchange"]
_VS = ["Ltd", "Inc.", "GmbH", "SAS", "B.V.", "LLC", "AB", "S.L.", "Oy", "ApS"]


def vendor_list(seed, n=110):
    """A consent manager's vendor list as JSON (invented ad-tech vendors on .example domains)."""
    r = _random.Random(seed)
    seen, out = set(), []
    while len(out) < n:
        a, b = r.choice(_VA), r.choice(_VB)
        if (a, b) in seen:
            continue
        seen.add((a, b))
        name = f"{a}{b} {r.choice(_VS)}"
        slug = f"{a}{b}".lower()
        purposes = sorted(r.sample(range(1, 12), r.randint(2, 7)))
        out.append({"id": 10 + len(out) * 3 + r.randint(0, 2), "name": name, "purposes": purposes,
                    "legIntPurposes": sorted(set(r.sample(range(2, 11), r.randint(0, 3))) - set(purposes)),
                    "flexiblePurposes": purposes[:r.randint(0, 2)], "specialPurposes": sorted(r.sample([1, 2, 3], r.randint(0, 2))),
                    "features": sorted(r.sample([1, 2, 3], r.randint(0, 3))), "specialFeatures": sorted(r.sample([1, 2], r.randint(0, 1))),
                    "policyUrl": f"https://www.{slug}.example/privacy", "cookieMaxAgeSeconds": r.choice([86400, 2592000, 31536000, 34164000]),
                    "usesCookies": True, "cookieRefresh": r.random() < .5, "usesNonCookieAccess": r.random() < .3,
                    "dataRetention": {"stdRetention": r.choice([30, 90, 180, 365, 395])},
                    "urls": [{"langId": "en", "privacy": f"https://www.{slug}.example/privacy", "legIntClaim": f"https://www.{slug}.example/legitimate-interest"}]})
    return json_dumps(out)


def icon_sprite(seed, names):
    """An inline SVG sprite of icons (symbols with path data), hidden, referenced by <use>."""
    r = _random.Random(seed)
    sym = []
    for nm in names:
        d = [f"M{r.randint(1, 23)} {r.randint(1, 23)}"]
        for _ in range(r.randint(8, 22)):
            c = r.choice("LCQAHV")
            if c == "C":
                d.append("C" + " ".join(f"{r.uniform(0, 24):.2f}" for _ in range(6)))
            elif c == "Q":
                d.append("Q" + " ".join(f"{r.uniform(0, 24):.2f}" for _ in range(4)))
            elif c == "A":
                d.append(f"A{r.randint(1, 10)} {r.randint(1, 10)} 0 {r.randint(0, 1)} {r.randint(0, 1)} {r.uniform(0, 24):.2f} {r.uniform(0, 24):.2f}")
            elif c in "HV":
                d.append(f"{c}{r.uniform(0, 24):.2f}")
            else:
                d.append(f"L{r.uniform(0, 24):.2f} {r.uniform(0, 24):.2f}")
        sym.append(f'<symbol id="icon-{nm}" viewBox="0 0 24 24"><path d="{"".join(d)}Z"/></symbol>')
    return ('<svg xmlns="http://www.w3.org/2000/svg" aria-hidden="true" style="position:absolute;width:0;height:0;overflow:hidden">'
            + "".join(sym) + "</svg>")


def utility_css(prefix, breakpoints=(("sm", 576), ("md", 768), ("lg", 1024), ("xl", 1280))):
    """A utility/grid stylesheet of the kind design systems inline on every page."""
    out = []
    for bp, width in (("", 0),) + tuple(breakpoints):
        rules = []
        sfx = f"-{bp}" if bp else ""
        for i in range(1, 13):
            rules.append(f".{prefix}-col{sfx}-{i}{{flex:0 0 {i / 12 * 100:.4f}%;max-width:{i / 12 * 100:.4f}%}}")
        for k, v in enumerate((0, 4, 8, 12, 16, 24, 32, 48)):
            for prop, ab in (("margin-top", "mt"), ("margin-bottom", "mb"), ("padding-top", "pt"), ("padding-bottom", "pb"),
                             ("padding-left", "pl"), ("padding-right", "pr")):
                rules.append(f".{prefix}-{ab}{sfx}-{k}{{{prop}:{v}px!important}}")
        for disp in ("none", "block", "flex", "inline-block", "grid"):
            rules.append(f".{prefix}-d{sfx}-{disp}{{display:{disp}!important}}")
        body = "\n".join(rules)
        out.append(f"@media (min-width:{width}px){{\n{body}\n}}" if width else body)
    return "\n".join(out)


def ad_config(seed, site, slots):
    """Header-bidding configuration: ad units with sizes and invented bidders."""
    r = _random.Random(seed)
    bidders = [f"{r.choice(_VA).lower()}{r.choice(_VB)}" for _ in range(7)]
    units = []
    for code, sizes in slots:
        units.append({"code": code, "mediaTypes": {"banner": {"sizes": sizes}},
                      "bids": [{"bidder": b, "params": {"placementId": str(r.randint(10000000, 99999999)), "siteId": f"{site}-{r.randint(100, 999)}",
                                                        "zone": f"{code}-{r.randint(1, 9)}"}} for b in r.sample(bidders, 4)]})
    cfg = {"timeout": 1500, "priceGranularity": "dense", "currency": {"adServerCurrency": "USD"},
           "userSync": {"filterSettings": {"iframe": {"bidders": "*", "filter": "include"}}, "syncsPerBidder": 3, "syncDelay": 3000},
           "consentManagement": {"gdpr": {"cmpApi": "iab", "timeout": 8000}, "usp": {"timeout": 100}}}
    return f"window.{site}Bids={json_dumps({'config': cfg, 'adUnits': units})};"


# ---------------------------------------------------------------------------- rendering


def render_body(a):
    """The article body markup and its gold blocks; the skin and the 'style' vary the markup."""
    out, blocks = [], []
    legacy = a["skin"] == "legacy"
    style = a.get("style", "p")
    mal = a.get("malformed")
    for part in a["parts"]:
        k = part[0]
        if k == "p":
            if a.get("ents"):
                part = ("p", ents(part[1]))
            if style == "br":
                out.append(f"{part[1]}<br />\n<br />")
            elif mal:
                out.append(f"<p>{part[1]}")
            else:
                out.append(f"<p>{part[1]}</p>")
            blocks.append(Block("paragraph", strip(part[1])))
        elif k == "h":
            if legacy:
                out.append(f'<div class="sub-title"><b>{esc(part[1])}</b></div>')
            else:
                out.append(f"<h3>{esc(part[1])}</h3>")
            blocks.append(Block("heading", part[1]))
        elif k == "ul":
            out.append('<ul class="dot-list">' + "".join(f"<li>{esc(t)}</li>" for t in part[1]) + "</ul>")
            blocks += [Block("list_item", t) for t in part[1]]
        elif k == "pic":
            _, img, cap, credit = part
            if legacy:
                close = "</span>" if mal else ""
                out.append(f'<div class="IMGFLOATING" style="width:640px;"><img src="{IMG}/news/photo/{img}" width="640" alt="{esc(cap)}" />'
                           f'<div class="photo-caption">{esc(cap)} <span class="credit">{esc(credit)}</span></div></div>{close}')
            else:
                out.append(f'<figure class="photo-layout" style="width:700px;"><img src="{IMG}/news/photo/{img}" alt="{esc(cap)}" loading="lazy" width="700">'
                           f'<figcaption>{esc(cap)} <span class="credit">{esc(credit)}</span></figcaption></figure>')
            blocks.append(Block("caption", cap, optional=True))
        elif k == "table":
            _, cap, rows, src = part
            t = [f'<table class="table-data"><caption>{esc(cap)}</caption><thead><tr>' +
                 "".join(f"<th>{esc(c)}</th>" for c in rows[0]) + "</tr></thead><tbody>"]
            for r in rows[1:]:
                t.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>")
            t.append("</tbody></table>")
            t.append(f'<p class="table-src">{esc(src)}</p>')
            out.append("\n".join(t))
            blocks.append(Block("caption", cap, optional=True))
            blocks.append(Block("table", "\n".join("\t".join(r) for r in rows)))
            blocks.append(Block("caption", src, optional=True))
        elif k == "ad":
            ad = '<div class="ad-wrap ad-inarticle" id="ad-inarticle"><span class="ad-label">AD</span></div>'
            if a.get("split"):
                # the new skin closes the text block at the in-article ad and opens a second one after it
                rel = a["related"][0][0]
                ad = (f'</div>\n{ad}\n<div class="view-related-inline"><strong>관련기사</strong> <a href="/news/articleView.html?idxno={a["idx"] - 1312}">{esc(rel)}</a></div>'
                      '\n<div class="view-con view-con-2">')
            out.append(ad)
    if a.get("split"):
        out.insert(0, '<div class="view-con">')
        out.append('</div>')
    return "\n".join(out), blocks


def page(a, charset=None):
    cs = charset or a["charset"]
    legacy = a["skin"] == "legacy"
    mal = a.get("malformed")
    pub, upd, today = a["pub"], a.get("upd"), a["today"]
    sec = next(n for n in NAV if n[1] == a["sec"])
    url = a["url"]
    body_html, blocks = render_body(a)
    gold_blocks = []
    if a.get("sub"):
        gold_blocks.append(Block("paragraph", " ".join(a["sub"]), optional=True))
    gold_blocks += blocks
    author, email = a["author"], a["email"]
    authors = a.get("authors", [author])
    emails = a.get("emails", [email])
    d = {"cs": cs, "img": IMG, "sec": a["sec"], "idx": a["idx"]}
    h = []
    if legacy:
        h.append('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">')
        h.append('<html xmlns="http://www.w3.org/1999/xhtml" lang="ko" xml:lang="ko">')
        h.append("<head>")
        h.append(f'<meta charset="{cs}" />')
        h.append('<meta http-equiv="X-UA-Compatible" content="IE=edge" />')
    else:
        h.append("<!DOCTYPE html>")
        h.append('<html lang="ko">')
        h.append("<head>")
        h.append(f'<meta charset="{cs}">')
        h.append('<meta name="viewport" content="width=device-width, initial-scale=1">')
    h.append(f"<title>{esc(a.get('title', a['headline'] + ' - ' + NAME))}</title>")
    h.append(f'<meta name="description" content="{esc(a["desc"])}" />')
    h.append(f'<meta name="keywords" content="{esc(",".join(a["keywords"]))}" />')
    if a.get("meta_author", "names") == "names":
        h.append(f'<meta name="author" content="{esc(", ".join(authors))}" />')
    elif a.get("meta_author") == "site":
        h.append(f'<meta name="author" content="{NAME}" />')
    h.append('<meta name="robots" content="index,follow,max-image-preview:large" />')
    h.append('<meta name="naver-site-verification" content="4a1b9c0d2e7f3a5b6c8d9e0f1a2b3c4d5e6f7a8b" />')
    h.append('<meta name="google-site-verification" content="sBy-8dQk3LrX0vTn2mPa7hWcJ5uYeZ1fG4iK9oN6bR0" />')
    h.append(f'<meta property="og:type" content="article" />')
    h.append(f'<meta property="og:site_name" content="{NAME}" />')
    h.append(f'<meta property="og:title" content="{esc(a["headline"])}" />')
    h.append(f'<meta property="og:description" content="{esc(a["desc"])}" />')
    h.append(f'<meta property="og:url" content="{esc(url)}" />')
    h.append(f'<meta property="og:image" content="{IMG}/news/photo/{a["img"]}" />')
    h.append('<meta property="og:locale" content="ko_KR" />')
    h.append(f'<meta property="article:section" content="{sec[2]}" />')
    if not legacy:  # the legacy skin never wrote article:published_time
        h.append(f'<meta property="article:published_time" content="{pub.isoformat()}" />')
    if upd and not legacy:
        h.append(f'<meta property="article:modified_time" content="{upd.isoformat()}" />')
    h.append('<meta name="twitter:card" content="summary_large_image" />')
    h.append(f'<meta name="twitter:site" content="@saebyeok_news" />')
    h.append(f'<meta name="twitter:title" content="{esc(a["headline"])}" />')
    h.append(f'<meta name="twitter:image" content="{IMG}/news/photo/{a["img"]}" />')
    h.append(f'<meta name="dable:item_id" content="{a["idx"]}" />')
    h.append(f'<meta name="dable:author" content="{esc(author)}" />' if not legacy else "")
    h.append(f'<link rel="canonical" href="{esc(url)}" />')
    h.append(f'<link rel="alternate" media="only screen and (max-width: 640px)" href="https://m.saebyeok.example/news/articleView.html?idxno={a["idx"]}" />')
    h.append('<link rel="shortcut icon" href="/favicon.ico" />')
    h.append(f'<link rel="alternate" type="application/rss+xml" title="{NAME} RSS" href="{HOST}/rss/allArticle.xml" />')
    h.append('<style type="text/css">' + CSS % d + "</style>")
    h.append('<style type="text/css">' + utility_css("sb") + "</style>")
    h.append(HEAD_JS % d)
    h.append('<script type="text/javascript">' + ad_config(a["idx"], "sb", [("ad-top", [[728, 90]]), ("ad-top-right", [[250, 90]]), ("ad-right1", [[300, 250]]),
                                                                            ("ad-right2", [[300, 600]]), ("ad-inarticle", [[300, 250], [336, 280]]), ("ad-bottom", [[728, 90]])]) + "</script>")
    if not legacy:
        ld = {"@context": "https://schema.org", "@type": "NewsArticle",
              "mainEntityOfPage": {"@type": "WebPage", "@id": url}, "headline": a["headline"],
              "description": a["desc"], "image": [f"{IMG}/news/photo/{a['img']}"],
              "datePublished": a.get("ld_pub", pub).isoformat(), "dateModified": (upd or pub).isoformat(),
              "author": ({"@type": "Person", "name": "·".join(authors) + " 기자"} if a.get("ld_author") == "giza" else
                         [{"@type": "Person", "name": n, "email": e} for n, e in zip(authors, emails)]),
              "publisher": {"@type": "Organization", "name": NAME,
                            "logo": {"@type": "ImageObject", "url": f"{IMG}/skin/logo_saebyeok.png"}},
              "articleSection": sec[2], "inLanguage": "ko"}
        h.append('<script type="application/ld+json">' + _json.dumps(ld, ensure_ascii=False) + "</script>")
    h.append("</head>")
    h.append('<body>')
    if not legacy:
        h.append(icon_sprite(a["idx"] % 997, ["search", "menu", "close", "user", "clock", "facebook", "twitter", "kakao", "band", "link", "print",
                                               "plus", "minus", "top", "mail", "rss", "camera", "play"]))
    h.append('<script type="text/javascript">window.sbGnb=' + json_dumps([{"code": c, "key": k, "label": l, "subs": [{"code": f"{c}S{i + 1}", "label": x} for i, x in enumerate(sb)]}
                                                                          for c, k, l, sb in NAV]) + ';</script>')
    h.append('<div id="skip"><a href="#article-view-content-div">본문 바로가기</a></div>')
    wd = WD[today.weekday()]
    h.append(f'<div id="top_wrap"><div class="inner clearfix"><span class="today">{today.year}년 {today.month}월 {today.day}일 ({wd})</span>'
             f'<span class="weather">{a.get("weather", "서울 맑음 12℃")}</span>'
             '<ul class="top_menu"><li><a href="/member/login.html">로그인</a></li><li><a href="/member/join.html">회원가입</a></li>'
             '<li><a href="/com/jebo.html">기사제보</a></li><li><a href="/news/articleList.html?view_type=sm">전체기사</a></li>'
             '<li><a href="https://m.saebyeok.example/">모바일웹</a></li><li><a href="/rss/">RSS</a></li></ul></div></div>')
    logo = '<h1 class="logo"><a href="/">새벽뉴스</a></h1>' if not legacy else '<div class="logo"><a href="/">새벽뉴스</a></div>'
    am = ['<div id="allmenu"><div class="inner clearfix">']
    for code, key, label, subs in NAV:
        am.append(f'<dl><dt><a href="/news/articleList.html?sc_section_code={code}">{label}</a></dt>' + "".join(
            f'<dd><a href="/news/articleList.html?sc_sub_section_code={code}S{i + 1}">{s2}</a></dd>' for i, s2 in enumerate(subs)) + "</dl>")
    am.append('<div class="service">' + "".join(f'<a href="{u}">{t}</a>' for u, t in SERVICES) + "</div></div></div>")
    h.append(f'<div id="header">{logo}<a href="#" class="btn-allmenu" id="btn-allmenu">전체메뉴</a><form class="search" action="/news/articleList.html" method="get">'
             '<input type="hidden" name="sc_area" value="A" /><input class="txt" type="text" name="sc_word" title="검색어 입력" />'
             '<button type="submit">검색</button></form><div class="banner_top ad-wrap" id="ad-top-right"><span class="ad-label">AD</span></div></div>')
    g = ['<div id="gnb"><ul class="clearfix">']
    for code, key, label, subs in NAV:
        on = ' class="on"' if key == a["sec"] else ""
        g.append(f'<li{on}><a href="/news/articleList.html?sc_section_code={code}&amp;view_type=sm">{label}</a>')
        if subs:
            g.append(f'<ul class="sub" data-sub="{code}"></ul>')
        g.append("</li>")
    g.append("</ul></div>")
    h.append("".join(g))
    h.append(("<template id=\"allmenu-tpl\">" if not legacy else '<script type="text/html" id="allmenu-tpl">') + "".join(am)
             + ("</template>" if not legacy else "</script>"))
    brk = pool(a["seed"], 4, 11)
    h.append('<div id="breaking"><strong>주요뉴스</strong><ul>' + "".join(
        f'<li><a href="/news/articleView.html?idxno={a["idx"] - 97 * (i + 1)}">{esc(t)}</a></li>' for i, t in enumerate(brk)) + "</ul></div>")
    h.append('<div class="ad-wrap ad-728" id="ad-top"><span class="ad-label">AD</span></div>')
    h.append('<div id="wrap"><div id="container" class="clearfix"><div class="row"><div class="col-main"><div id="content"><div class="content-inner">')
    h.append(f'<div class="location"><a href="/">홈</a> &gt; <a href="/news/articleList.html?sc_section_code={sec[0]}">{sec[2]}</a>'
             f' &gt; <a href="/news/articleList.html?sc_sub_section_code={sec[0]}S{a["subsec"] + 1}">{sec[3][a["subsec"]]}</a></div>')
    # ---- article head
    tag = "div" if legacy else "header"
    h.append('<div class="article-view-wrap"><div class="article-view-inner">')
    h.append(f'<{tag} class="article-head">')
    kicker = f'<span class="kicker">{esc(a["kicker"])}</span> ' if a.get("kicker") else ""
    h.append(f'<h1 class="article-head-title">{kicker}{esc(a["headline"])}</h1>')
    if a.get("sub"):
        h.append('<h2 class="article-head-sub">' + "<br />".join(esc(s) for s in a["sub"]) + "</h2>")
    date_fmt = word_date if a.get("wordy") else num_date
    info = ['<div class="info-group clearfix"><ul class="infomation">']
    if mal:
        info.append(f'<li><i class="icon-user-o"></i><b><a href="/news/articleList.html?sc_area=I&amp;sc_word={esc(email.split("@")[0])}">{esc(author)} 기자</b></a></li>')
    else:
        for n, e in zip(authors, emails):
            info.append(f'<li><i class="icon-user-o"></i><a href="/news/articleList.html?sc_area=I&amp;sc_word={esc(e.split("@")[0])}">{esc(n)} 기자</a></li>')
    info.append(f'<li><i class="icon-clock-o"></i>입력 {date_fmt(pub)}</li>')
    if upd:
        info.append(f'<li>수정 {date_fmt(upd)}</li>')
    if a.get("comments") is not None:
        info.append(f'<li><a href="#reply">댓글 {a["comments"]}</a></li>')
    info.append('</ul><div class="util">'
                '<a href="#" onclick="return sbShare(\'facebook\');" title="페이스북">페이스북</a>'
                '<a href="#" onclick="return sbShare(\'twitter\');" title="트위터">트위터</a>'
                '<a href="#" onclick="return sbShare(\'kakao\');" title="카카오톡">카카오톡</a>'
                '<a href="#" onclick="return sbShare(\'band\');" title="밴드">밴드</a>'
                '<a href="#" onclick="return sbShare(\'url\');" title="URL복사">URL복사</a>'
                '<a href="#" onclick="window.print();return false;" title="인쇄">인쇄</a>'
                '<a href="#" onclick="return fontSize(1);" title="글씨키우기">+</a>'
                '<a href="#" onclick="return fontSize(-1);" title="글씨줄이기">-</a></div></div>')
    h.append("".join(info))
    h.append(f"</{tag}>")
    # ---- body
    if mal:
        h.append('<div id="article-view-content-div" class="article-body"><font face="맑은 고딕" size="3">')
        h.append(body_html)
        h.append("</div>")
    else:
        wrap = "div" if legacy else "article"
        h.append(f'<{wrap} id="article-view-content-div" class="article-body"><div class="article-veiw-body view-page font-size17">')
        h.append(body_html)
        h.append(f"</div></{wrap}>")
    h.append('</div></div>')
    h.append(f'<div class="view-copyright">저작권자 &copy; {NAME} 무단전재 및 재배포 금지</div>')
    for n, e in zip(authors, emails):
        h.append(f'<div class="view-editors clearfix"><span class="name">{esc(n)} 기자</span><a class="email" href="mailto:{e}">{e}</a>'
                 f'<a class="more" href="/news/articleList.html?sc_area=I&amp;sc_word={e.split("@")[0]}">다른기사 보기</a></div>')
    if a.get("tags"):
        h.append('<div class="tag-group"><strong>키워드</strong> ' + "".join(
            f'<a href="/news/articleList.html?sc_area=T&amp;sc_word={esc(t)}">#{esc(t)}</a>' for t in a["tags"]) + "</div>")
    if a.get("newsletter"):
        h.append('<div class="newsletter"><strong>새벽뉴스 아침 브리핑</strong><p>매일 아침 7시, 꼭 읽어야 할 뉴스 다섯 가지를 메일로 보내드립니다.</p>'
                 '<form action="/newsletter/subscribe.php" method="post"><input type="email" name="email" placeholder="이메일 주소를 입력하세요" />'
                 '<button type="submit">무료 구독하기</button><label><input type="checkbox" name="agree" value="Y" /> 개인정보 수집·이용에 동의합니다</label></form></div>')
    h.append('<div class="ad-wrap ad-728" id="ad-bottom"><span class="ad-label">AD</span></div>')
    rel = ['<div class="box-title">관련기사</div><ul class="news-list">']
    for i, (t, days) in enumerate(a["related"]):
        rd = pub - _dt.timedelta(days=days, hours=3 * i + 2)
        rel.append(f'<li><a href="/news/articleView.html?idxno={a["idx"] - 1311 * (i + 1) - days}">{esc(t)}</a><span class="date">{rd:%Y.%m.%d}</span></li>')
    rel.append("</ul>")
    h.append("".join(rel))
    # the recommendation widget renders client-side from its feed (kept in the page as JSON)
    h.append('<div class="box-title">추천 기사</div><div id="dablewidget_sb01" data-widget_id="sb01"></div>'
             '<script type="text/javascript">window.sbDableFeed=' + json_dumps([{"idx": a["idx"] - 1000 - 13 * i, "title": t,
             "thumb": f"{IMG}/news/thumbnail/{a['idx'] - 1000 - 13 * i}_s.jpg", "ctr": round(0.031 + i * 0.002, 4)}
             for i, t in enumerate(pool(a["seed"] + 2, 24, 21))]) + ';</script>')
    # section boxes
    sb = ['<div class="clearfix">']
    for j, (code, key, label, subs) in enumerate([NAV[5]]):
        items = pool(a["seed"] + j + 3, 5, j * 3)
        cls = "section-box even" if j % 2 else "section-box"
        sb.append(f'<div class="{cls}"><div class="box-title"><a href="/news/articleList.html?sc_section_code={code}">{label}</a></div><ul class="news-list">' +
                  "".join(f'<li><a href="/news/articleView.html?idxno={a["idx"] - 211 * (j + 1) - 17 * i}">{esc(t)}</a></li>' for i, t in enumerate(items)) +
                  "</ul></div>")
    sb.append("</div>")
    h.append("".join(sb))
    if a.get("comments") is not None:
        h.append(f'<div class="reply-box" id="reply"><p>댓글 <span class="count">{a["comments"]}</span></p>'
                 '<p class="notice">댓글을 작성하려면 로그인이 필요합니다. 욕설, 비방, 개인정보 노출 댓글은 사전 통보 없이 삭제될 수 있습니다.</p>'
                 '<form action="/news/replyWrite.php" method="post"><textarea name="content" placeholder="로그인 후 댓글을 남겨주세요." disabled="disabled"></textarea></form></div>')
    h.append("</div></div></div>")  # content
    # ---- aside
    h.append('<div id="aside">')
    h.append('<div class="ad-wrap ad-300" id="ad-right1"><span class="ad-label">AD</span></div>')
    rk = ['<div class="box-title">많이 본 뉴스</div><div class="rank-tab"><a href="#" class="on" data-tab="day">일간</a><a href="#" data-tab="week">주간</a></div>']
    for tab, off, st in (("day", 2, ""),):
        rk.append(f'<ol class="ranking" id="rank-{tab}"{st}>')
        for i, t in enumerate(pool(a["seed"] + off, 5, off)):
            cls = ' class="top"' if i < 3 else ""
            rk.append(f'<li{cls}><em>{i + 1}</em><a href="/news/articleView.html?idxno={a["idx"] - 31 * (i + 1) - off}">{esc(t)}</a></li>')
        rk.append("</ol>")
    h.append("".join(rk))
    lt = ['<div class="box-title">최신기사</div><ul class="news-list">']
    for i, t in enumerate(pool(a["seed"] + 5, 3, 9)):
        td = today - _dt.timedelta(minutes=37 * i + 12)
        lt.append(f'<li><a href="/news/articleView.html?idxno={a["idx"] + 400 + i}">{esc(t)}</a><span class="date">{td:%m-%d %H:%M}</span></li>')
    lt.append("</ul>")
    h.append("".join(lt))
    h.append('<div class="ad-wrap ad-300-600" id="ad-right2"><span class="ad-label">AD</span></div>')
    h.append('<div class="box-title">포토뉴스</div><ul class="photo-list clearfix">' + "".join(
        f'<li><a href="/news/articleView.html?idxno={a["idx"] - 501 - i}"><img src="{IMG}/news/thumbnail/{a["seed"]}{i:02d}_s.jpg" alt="" />{esc(t)}</a></li>'
        for i, t in enumerate(PHOTOS[:2])) + "</ul>")
    h.append('<div class="box-title">오피니언</div><ul class="column-list">' + "".join(
        f'<li><a href="/news/articleView.html?idxno={a["idx"] - 800 - i}">[{esc(c)}] {esc(t)}</a><span class="writer">{esc(w)}</span></li>'
        for i, (c, t, w) in enumerate(COLUMNS)) + "</ul>")
    h.append('<div class="box-title">전국 소식</div><dl class="region-box" data-lazy="region"></dl>' if a["seed"] % 2 else '<div class="box-title">전국 소식</div><dl class="region-box">' + "".join(
        f'<dt>{r}</dt>' + "".join(f'<dd><a href="/news/articleView.html?idxno={a["idx"] - 2000 - 7 * j - i}">{esc(t)}</a></dd>' for i, t in enumerate(ts))
        for j, (r, ts) in enumerate(REGIONS[:2])) + "</dl>")
    h.append('<div class="box-title">기획·연재</div><ul class="news-list">' + "".join(
        f'<li><a href="/news/articleList.html?sc_serial_code=SRN{120 + i}">{esc(t)}</a></li>' for i, t in enumerate(ISSUES)) + "</ul>")
    h.append("</div>")  # aside
    if not mal:
        h.append("</div></div></div>")  # row, container, wrap (left unclosed on malformed pages)
    # ---- footer
    f = ['<div id="footer"><div class="fnb"><ul>']
    for href, label in [("/com/company.html", "회사소개"), ("/com/ad.html", "광고안내"), ("/com/partner.html", "제휴문의"),
                        ("/member/privacy.html", "개인정보처리방침"), ("/member/youth.html", "청소년보호정책"),
                        ("/member/noemail.html", "이메일무단수집거부"), ("/com/jebo.html", "기사제보"),
                        ("/com/ombudsman.html", "고충처리인"), ("/com/ethics.html", "윤리강령"), ("/rss/", "RSS서비스")]:
        cls = ' class="privacy"' if label == "개인정보처리방침" else ""
        f.append(f'<li><a href="{href}"{cls}>{label}</a></li>')
    f.append("</ul></div>")
    f.append('<div class="sitemap clearfix">')
    for code, key, label, subs in NAV[:4]:
        f.append(f'<dl><dt><a href="/news/articleList.html?sc_section_code={code}">{label}</a></dt>' + "".join(
            f'<dd><a href="/news/articleList.html?sc_sub_section_code={code}S{i + 1}">{s}</a></dd>' for i, s in enumerate(subs)) + "</dl>")
    f.append("</div>")
    f.append('<div class="family"><select title="패밀리 사이트" onchange="if(this.value)window.open(this.value);"><option value="">패밀리 사이트</option>' + "".join(
        f'<option value="https://fm{i + 1}.saebyeok.example/">{t}</option>' for i, t in enumerate(FAMILY)) + "</select></div>")
    f.append('<div class="company"><p>주소 : 서울특별시 중구 새벽로 21 새벽빌딩 5층 | 대표전화 : 02-000-0000 | 팩스 : 02-000-0001</p>'
             '<p>제호 : 새벽뉴스 | 등록번호 : 서울 아00000 | 등록일 : 2009-04-01 | 발행인·편집인 : 정다솔 | 청소년보호책임자 : 한별</p>'
             '<p>새벽뉴스 모든 콘텐츠(영상, 기사, 사진)는 저작권법의 보호를 받은 바, 무단 전재와 복사, 배포 등을 금합니다.</p>'
             f'<p class="copyright">Copyright &copy; 2009-{today.year} 새벽뉴스. All rights reserved. mail to webmaster@saebyeok.example</p></div></div>')
    h.append("".join(f))
    h.append('<a href="#" class="btn-top" id="btn-top">TOP</a>')
    h.append(FOOT_JS % d)
    h.append(DABLE_JS)
    h.append("</body>")
    h.append("</html>")
    return "\n".join(h), gold_blocks


# ---------------------------------------------------------------------------- articles

ARTICLES = []

# 01: EUC-KR, legacy skin, malformed markup, photo, numeric dates
ARTICLES.append(dict(
    id=f"{SITE}-01", seed=1, title="60년 된 영도 봉래어시장, 새 건물로 옮긴다…점포 배정 놓고 상인들 ‘갈등’", skin="legacy", charset="euc-kr", codec="euc-kr", malformed=True, style="br", ents=True,
    sec="national", subsec=4, idx=81237, url=f"{HOST}/news/articleView.html?idxno=81237",
    pub=dt(2015, 11, 23, 15, 42), today=dt(2015, 11, 24, 6, 10), weather="서울 흐림 6℃",
    author="김서연", email="sykim@saebyeok.example", comments=3,
    headline="60년 된 영도 봉래어시장, 새 건물로 옮긴다…점포 배정 놓고 상인들 ‘갈등’",
    desc="부산 영도구의 대표 재래시장인 봉래어시장이 문을 연 지 60년 만에 새 건물로 자리를 옮긴다.",
    keywords=["봉래어시장", "영도", "부산", "전통시장", "현대화사업"], img="201511/81237_52114_3921.jpg",
    parts=[
        ("pic", "201511/81237_52114_3921.jpg", "23일 오전 부산 영도구 봉래어시장에서 상인들이 새벽 경매를 마친 고등어 상자를 옮기고 있다.", "/김서연 기자"),
        ("p", "부산 영도구의 대표 재래시장인 봉래어시장이 문을 연 지 60년 만에 새 건물로 자리를 옮긴다. 하지만 새 건물의 점포 위치와 면적을 어떻게 나눌지를 두고 상인들 사이에 의견이 엇갈리면서 이전 작업이 순조롭지 않을 것이라는 우려가 나온다."),
        ("p", "봉래어시장 현대화사업단은 23일 사업 기본계획을 확정하고 내년 3월 착공에 들어간다고 밝혔다. 사업비 680억원을 들여 현재 시장 부지 옆 옛 창고 터에 지하 1층, 지상 4층 규모의 새 시장 건물을 짓는 것이 핵심이다. 완공 목표는 2017년 12월이다."),
        ("p", "새 건물 1층에는 활어와 선어를 파는 점포 312곳이 들어서고, 2층에는 손님이 산 수산물을 바로 맛볼 수 있는 식당가가 조성된다. 3~4층은 주차장과 냉동·냉장 창고로 쓰인다. 지금까지 바닥에 물이 고이고 악취가 나던 노천 좌판 대신 배수 시설과 온도 조절 장치를 갖춘 위생적인 매장이 마련되는 셈이다."),
        ("ad",),
        ("p", "문제는 점포 배정이다. 현재 시장에서 영업 중인 상인은 모두 347명인데, 새 건물의 점포는 312곳으로 35곳이 모자란다. 게다가 통로 쪽 자리와 안쪽 자리의 매출 차이가 커 누가 어느 자리를 차지하느냐에 따라 생계가 달라질 수 있다."),
        ("p", "봉래어시장 상인회 최만석(68) 회장은 “수십 년 동안 한자리에서 장사해 온 사람들이 많은데, 추첨으로 자리를 정하면 단골을 하루아침에 잃게 된다”며 “영업 기간과 현재 점포 면적을 반영한 배정 기준이 필요하다”고 말했다."),
        ("p", "반면 비교적 최근에 시장에 들어온 젊은 상인들은 공정한 추첨을 요구하고 있다. 5년째 건어물 가게를 운영하는 한 상인은 “오래 장사한 사람에게 좋은 자리를 모두 주면 새로 들어온 상인은 구석으로 밀릴 수밖에 없다”고 했다."),
        ("p", "사업단은 연말까지 상인 대표와 구청, 외부 전문가가 참여하는 점포배정위원회를 꾸려 기준을 마련하겠다는 입장이다. 사업단 관계자는 “점포가 부족한 부분은 시장 인근 공영주차장 부지에 임시 판매장을 두는 방안도 함께 검토하고 있다”고 설명했다."),
        ("p", "전문가들은 시설 현대화만으로는 전통시장의 손님을 되찾기 어렵다고 지적한다. 남해수산경제연구소 정하윤 연구위원은 “새 건물을 지은 뒤 오히려 임대료와 관리비가 올라 상인들이 떠나는 사례가 적지 않다”며 “관리비 분담 구조와 온라인 판매 지원 같은 운영 계획이 건물 설계만큼 꼼꼼하게 마련돼야 한다”고 말했다."),
        ("p", "봉래어시장은 1955년 무렵 영도다리 인근에서 피란민들이 좌판을 펴면서 형성된 것으로 알려져 있다. 하루 평균 방문객은 한때 2만명을 넘었지만 대형마트가 잇따라 들어서면서 최근에는 6천명 안팎으로 줄었다."),
        ("p", "새 건물은 지하 1층, 지상 3층 규모로 1층에는 활어·선어 점포 120곳이, 2층에는 건어물과 식당가가 들어선다. 3층에는 상인회 사무실과 공동 냉동창고가 자리 잡는다. 총사업비는 국비와 시비 등 186억원이다."),
        ("p", "상인들 사이에서는 점포 배정 방식을 놓고 의견이 엇갈린다. 오랫동안 시장 입구 쪽에서 장사해 온 상인들은 기존 위치를 고려해 배정해야 한다고 주장하는 반면, 안쪽 골목 상인들은 추첨으로 공평하게 나눠야 한다는 입장이다."),
        ("p", "사업단은 이달 말까지 상인 설명회를 두 차례 더 열어 배정 기준을 확정할 계획이다. 새 건물은 내년 3월 문을 열 예정이다."),
    ],
    related=[("영도 해안 산책로 3.2㎞ 구간 새 단장", 9), ("부산 전통시장 10곳 주차장 확충", 34),
             ("수산물 위판장 냉동창고 화재…2억원 피해", 71), ("자갈치 인근 노점 정비 놓고 상인 반발", 140)],
    entities=[("부산", "LOC"), ("영도", "LOC"), ("영도구", "LOC"), ("영도다리", "LOC"), ("봉래어시장", "LOC"),
              ("봉래어시장 현대화사업단", "ORG"), ("봉래어시장 상인회", "ORG"), ("최만석", "PER"),
              ("남해수산경제연구소", "ORG"), ("정하윤", "PER")],
    phenomena=["teasers-in-article", "cjk", "legacy-encoding", "malformed-html", "html-entities", "photo-caption", "local-time-zone", "nav-menu",
               "footer-links", "ad-slots", "related-list", "most-read", "share-bar", "comments", "decoy-date"],
    notes="Paragraphs are separated by <br /> pairs inside an unclosed <font>; the caption credit '/김서연 기자' is left out of the caption block.",
))

# 02: UTF-8, new skin, subheadings, update time
ARTICLES.append(dict(
    id=f"{SITE}-02", seed=2, skin="new", charset="utf-8", codec="utf-8",
    sec="economy", subsec=2, idx=412856, url=f"{HOST}/news/articleView.html?idxno=412856",
    pub=dt(2024, 3, 15, 9, 30), upd=dt(2024, 3, 15, 11, 2), today=dt(2024, 3, 16, 7, 0), weather="세종 맑음 9℃",
    author="이도현", email="dhlee@saebyeok.example", comments=12, tags=["자율주행", "세종", "대중교통", "누리모빌리티"],
    headline="세종 자율주행 셔틀 다음 달부터 유료 운행…기본요금 1000원",
    desc="세종에서 2년 가까이 무료로 시범 운행하던 자율주행 셔틀버스가 다음 달부터 요금을 받는 정식 노선으로 바뀐다.",
    keywords=["자율주행", "셔틀버스", "세종", "누리모빌리티"], img="202403/412856_301977_0932.jpg",
    parts=[
        ("p", "세종에서 2년 가까이 무료로 시범 운행하던 자율주행 셔틀버스가 다음 달부터 요금을 받는 정식 대중교통 노선으로 바뀐다. 자율주행 차량이 요금을 받는 노선버스로 운행되는 것은 이번이 처음이다."),
        ("pic", "202403/412856_301977_0932.jpg", "14일 세종시 나성동 정류장에서 시민들이 누리모빌리티의 자율주행 셔틀에 오르고 있다.", "ⓒ새벽뉴스 이도현 기자"),
        ("p", "세종 자율주행 실증사업단과 자율주행 전문기업 누리모빌리티는 14일 기자설명회를 열고 다음 달 1일부터 나성동~세종터미널 9.4㎞ 구간에서 자율주행 셔틀 6대를 유료로 운행한다고 밝혔다. 기본요금은 일반 시내버스와 같은 1000원이며, 교통카드 환승 할인도 똑같이 적용된다."),
        ("h", "안전요원 없이 달리는 구간 늘린다"),
        ("p", "가장 큰 변화는 운전석에 앉아 있던 안전요원이 일부 구간에서 빠진다는 점이다. 지금까지는 비상 상황에 대비해 안전요원이 항상 탑승했지만, 앞으로는 교차로가 적은 간선도로 4.1㎞ 구간에서 원격 관제센터가 차량을 감시하는 방식으로 운행한다."),
        ("p", "누리모빌리티 한승우 대표는 “시범 운행 기간 누적 거리 21만㎞를 달리는 동안 자율주행 시스템 책임으로 발생한 사고는 한 건도 없었다”며 “관제센터 한 곳에서 차량 여섯 대를 실시간으로 지켜보고, 이상 징후가 보이면 즉시 원격으로 정차시킬 수 있다”고 설명했다."),
        ("p", "다만 안전요원이 없는 구간을 어디까지 넓힐지는 운행 결과를 보고 단계적으로 결정하기로 했다. 눈이나 폭우로 도로 사정이 나쁜 날에는 전 구간에 안전요원이 다시 탑승한다."),
        ("ad",),
        ("h", "출퇴근 시간 배차 간격 12분"),
        ("p", "셔틀은 오전 6시 30분부터 오후 10시까지 하루 84회 운행한다. 출퇴근 시간대 배차 간격은 12분, 그 밖의 시간에는 20분이다. 정원은 좌석 11명, 입석 4명으로 일반 시내버스보다 적어 승객이 몰리는 시간대에는 탑승이 제한될 수 있다."),
        ("p", "시범 운행 기간 셔틀을 이용한 승객은 모두 38만7천명으로 집계됐다. 매일 셔틀로 출근한다는 직장인 오세진(34)씨는 “처음에는 운전자가 없다는 게 불안했는데 지금은 오히려 급출발이나 급정거가 없어 편하다”며 “유료로 바뀌어도 계속 탈 것 같다”고 말했다."),
        ("p", "전문가들은 유료화가 자율주행 대중교통의 사업성을 가늠하는 시험대가 될 것으로 보고 있다. 미래교통연구원 박소영 연구위원은 “차량 가격과 관제 인력 비용을 고려하면 요금 수입만으로 운영비를 감당하기는 어렵다”며 “운행 데이터를 바탕으로 노선을 늘려 규모의 경제를 갖추는 것이 과제”라고 지적했다."),
        ("p", "사업단은 올해 안에 청사 순환 노선과 대학가 노선 등 두 개 노선을 추가로 선정해 자율주행 셔틀을 확대할 계획이다."),
    ],
    related=[("자율주행 셔틀 누적 승객 30만명 돌파", 58), ("원격 관제 자율주행 시험 구간 지정", 120),
             ("시내버스 환승 할인 확대 시행", 16), ("자율주행 배송 로봇 아파트 단지 시범 운영", 200)],
    entities=[("세종", "LOC"), ("세종시", "LOC"), ("나성동", "LOC"), ("세종터미널", "LOC"),
              ("세종 자율주행 실증사업단", "ORG"), ("누리모빌리티", "ORG"), ("한승우", "PER"), ("오세진", "PER"),
              ("미래교통연구원", "ORG"), ("박소영", "PER")],
    phenomena=["teasers-in-article", "cjk", "json-ld", "subheadings", "photo-caption", "updated-date", "local-time-zone", "nav-menu",
               "footer-links", "ad-slots", "related-list", "most-read", "share-bar", "comments", "tag-list",
               "decoy-date"],
    notes="The caption credit 'ⓒ새벽뉴스 이도현 기자' is left out of the caption block.",
))

# 03: EUC-KR, legacy skin, data table, word dates (variant 09 serves it in UTF-8)
ARTICLES.append(dict(
    id=f"{SITE}-03", seed=3, skin="legacy", charset="euc-kr", codec="euc-kr", wordy=True,
    sec="national", subsec=1, idx=96410, url=f"{HOST}/news/articleView.html?idxno=96410",
    pub=dt(2017, 8, 9, 14, 31), today=dt(2017, 8, 10, 5, 40), weather="춘천 맑음 31℃",
    author="정우람", email="wrjung@saebyeok.example",
    headline="폭염에 고랭지 배추 ‘녹아내려’…강원 피해 면적 1천ha 넘어",
    desc="보름 넘게 이어진 폭염에 강원 고랭지 배추밭이 속수무책으로 무너지고 있다.",
    keywords=["고랭지 배추", "폭염", "강원", "배추값", "무름병"], img="201708/96410_61803_1422.jpg",
    parts=[
        ("pic", "201708/96410_61803_1422.jpg", "9일 강원 정선군 임계면의 한 고랭지 배추밭에서 농민이 폭염으로 무름병에 걸린 배추를 뽑아내고 있다.", "/정우람 기자"),
        ("p", "보름 넘게 이어진 폭염에 강원 고랭지 배추밭이 속수무책으로 무너지고 있다. 잎이 누렇게 타들어 가고 뿌리부터 썩어 들어가는 무름병까지 번지면서 수확을 앞둔 농가들은 밭을 갈아엎어야 할지 고민에 빠졌다."),
        ("p", "강원고랭지농업협의회가 9일 내놓은 집계에 따르면 도내 고랭지 배추 재배면적 5천320ha 가운데 1천87ha에서 폭염과 병해 피해가 확인됐다. 지난해 같은 시기 피해 면적 312ha의 세 배가 넘는다."),
        ("p", "피해는 해발 700m 이상 지역에 집중됐다. 평년 같으면 한여름에도 밤 기온이 20도 아래로 떨어지는 곳이지만, 올해는 지난달 하순부터 낮 최고기온이 33도 안팎까지 오르고 열대야에 가까운 밤이 이어졌다."),
        ("table", "강원 주요 시군 고랭지 배추 피해 현황(8일 기준, 단위: ha)", [
            ["시군", "재배면적", "피해면적", "피해율(%)"],
            ["평창", "1,610", "352", "21.9"],
            ["정선", "1,240", "298", "24.0"],
            ["태백", "980", "231", "23.6"],
            ["강릉", "870", "124", "14.3"],
            ["홍천", "620", "82", "13.2"],
            ["합계", "5,320", "1,087", "20.4"],
        ], "자료: 강원고랭지농업협의회"),
        ("p", "정선군에서 30년째 배추 농사를 짓는 심재만(61)씨는 “아침에 멀쩡하던 배추가 오후가 되면 물러져 주저앉는다”며 “약을 쳐도 소용이 없어 3만3천㎡ 가운데 절반은 수확을 포기해야 할 것 같다”고 한숨을 쉬었다."),
        ("p", "산지 작황이 나빠지면서 배추값도 들썩이고 있다. 수도권 도매시장에서 거래된 고랭지 배추 10㎏ 상품 평균 가격은 8일 1만4천200원으로 한 달 전보다 62% 올랐다. 추석을 한 달여 앞두고 있어 배추 가격 불안이 이어질 것이라는 전망이 나온다."),
        ("p", "강원고랭지농업협의회 윤태호 회장은 “고랭지라는 이름이 무색할 정도로 산 위도 덥다”며 “기후가 계속 이렇게 바뀐다면 배추 대신 다른 작물을 찾아야 하는 것 아니냐는 이야기가 농가 사이에서 나오고 있다”고 전했다."),
        ("p", "각 시군은 피해 농가에 병해 방제 약제를 긴급 지원하고, 피해율이 30%를 넘는 농가에는 재해복구비와 생계비를 지원하기로 했다. 또 농작물재해보험에 가입한 농가의 손해 평가를 서둘러 보험금이 추석 전에 지급될 수 있도록 할 방침이다."),
        ("p", "장기 예보대로라면 이달 중순까지 더위가 꺾이지 않을 것으로 보여 피해 면적은 더 늘어날 가능성이 크다. 협의회는 다음 주 2차 피해 조사를 벌일 예정이다."),
        ("p", "피해가 커지면서 배춧값도 들썩이고 있다. 농산물 도매시장에서 거래된 고랭지 배추 10㎏ 한 망의 평균 가격은 8일 1만4천원으로, 한 달 전보다 두 배 가까이 올랐다."),
        ("p", "농민들은 폭염이 해마다 되풀이되는 만큼 근본적인 대책이 필요하다고 호소한다. 정선군 임계면에서 30년째 배추 농사를 짓는 한 농민은 “예전에는 해발 800m 위에서는 여름에도 밤이면 서늘했는데, 요즘은 밤에도 25도 아래로 잘 내려가지 않는다”고 말했다."),
        ("p", "강원도는 피해 농가에 긴급 방제 약제를 지원하고, 재해보험 가입 농가에 대해서는 손해 평가를 서두르기로 했다."),
    ],
    related=[("대관령 일대 낮 기온 32도…관측 이래 최고", 3), ("폭염 특보 속 농작업 중 온열질환 잇따라", 6),
             ("고랭지 채소 재배 농가 고령화 심화", 95), ("여름 배추 계약재배 물량 확대", 160)],
    entities=[("강원", "LOC"), ("정선군", "LOC"), ("임계면", "LOC"), ("강원고랭지농업협의회", "ORG"),
              ("평창", "LOC"), ("정선", "LOC"), ("태백", "LOC"), ("강릉", "LOC"), ("홍천", "LOC"),
              ("심재만", "PER"), ("추석", "MISC"), ("윤태호", "PER"), ("강원도", "LOC")],
    phenomena=["teasers-in-article", "cjk", "legacy-encoding", "table-in-body", "photo-caption", "localized-date", "local-time-zone",
               "nav-menu", "footer-links", "ad-slots", "related-list", "most-read", "share-bar", "decoy-date"],
    notes="The table title and its source line '자료: 강원고랭지농업협의회' are optional caption blocks around the table.",
))

# 04: UTF-8, new skin, bullet list, two authors, word dates
ARTICLES.append(dict(
    id=f"{SITE}-04", seed=4, split=True, skin="new", charset="utf-8", codec="utf-8", wordy=True,
    sec="economy", subsec=5, idx=287431, url=f"{HOST}/news/articleView.html?idxno=287431",
    pub=dt(2021, 6, 22, 16, 5), today=dt(2021, 6, 23, 6, 30), weather="대구 구름많음 27℃",
    author="장민혁", email="mhjang@saebyeok.example", authors=["장민혁", "서예린"],
    emails=["mhjang@saebyeok.example", "yrseo@saebyeok.example"], tags=["청년창업", "대구", "동성로", "도심재생"],
    headline="대구 청년 창업공간 ‘두드림랩’ 문 열어…입주기업 30곳 모집",
    desc="대구 도심의 빈 상가 건물이 청년 창업가들의 작업 공간으로 다시 태어났다.",
    keywords=["청년창업", "두드림랩", "대구", "동성로"], img="202106/287431_198520_1604.jpg",
    parts=[
        ("p", "대구 도심의 빈 상가 건물이 청년 창업가들의 작업 공간으로 다시 태어났다."),
        ("p", "대구도심재생지원센터와 지역 사회적기업 온새미로는 22일 동성로 인근 옛 의류 상가 건물을 고쳐 만든 청년 창업공간 ‘두드림랩’ 개소식을 열고 입주 기업 30곳을 모집한다고 밝혔다."),
        ("pic", "202106/287431_198520_1604.jpg", "22일 대구 중구 동성로 인근에 문을 연 청년 창업공간 ‘두드림랩’ 내부 모습.", "ⓒ새벽뉴스 서예린 기자"),
        ("p", "두드림랩은 지상 5층, 연면적 2천140㎡ 규모로, 2~4층에는 1~4인이 쓸 수 있는 독립 사무실 30실과 공유 작업석 60석이, 1층에는 시제품을 전시하고 판매할 수 있는 매장이 들어섰다. 5층 옥상은 입주 기업들이 함께 쓰는 회의 공간과 휴게 공간으로 꾸몄다."),
        ("p", "1년 넘게 비어 있던 건물을 되살리는 데는 모두 34억원이 들었다. 건물주가 10년간 시세의 절반 수준으로 임대하는 대신 리모델링 비용을 센터와 온새미로가 나눠 부담하는 방식이다."),
        ("p", "입주 대상은 창업 3년 이내이거나 예비 창업자인 만 39세 이하 청년이다. 선정된 기업은 최대 2년간 다음과 같은 지원을 받는다."),
        ("ul", ["사무실 임대료 월 5만원(관리비 포함)", "기업당 최대 1천500만원의 시제품 제작비",
                "세무·법률·특허 분야 전문가 1대1 상담", "1층 매장 입점 및 온라인 판로 개척 지원",
                "지역 투자사와 연결하는 분기별 투자설명회 참가"]),
        ("p", "신청은 다음 달 16일까지 센터 누리집에서 받으며, 서류 심사와 발표 평가를 거쳐 8월 중 입주 기업을 발표한다."),
        ("ad",),
        ("p", "개소식에 참석한 예비 창업자 권나래(27)씨는 “서울로 가지 않으면 창업할 공간도, 투자자를 만날 기회도 없다는 게 지역 청년들의 가장 큰 고민이었다”며 “월세 부담 없이 시제품을 만들고 바로 팔아볼 수 있는 공간이 생겨 반갑다”고 말했다."),
        ("p", "온새미로 조현수 대표는 “도심 상권이 침체되면서 동성로 일대 빈 점포가 계속 늘고 있다”며 “청년 창업가들이 모이면 유동인구가 늘고, 주변 상권에도 활력이 돌 것”이라고 기대했다. 센터에 따르면 동성로 일대 1층 상가 공실률은 지난해 말 기준 18.6%로 3년 전보다 7%포인트 가까이 높아졌다."),
        ("p", "센터는 두드림랩 운영 성과를 지켜본 뒤 2023년까지 도심 빈 건물 두 곳을 추가로 창업공간으로 바꾸는 방안을 검토하고 있다."),
        ("p", "입주 기업 선정은 서류 심사와 발표 평가를 거쳐 다음 달 말 마무리된다. 만 39세 이하 창업자가 대표인 창업 3년 이내 기업이면 지원할 수 있으며, 대구 이외 지역 기업도 입주 후 사업장을 옮기면 신청할 수 있다."),
        ("p", "지역 상인들은 빈 점포가 늘던 거리에 활기가 돌 것으로 기대하고 있다. 두드림랩 건물 맞은편에서 20년째 옷가게를 운영하는 한 상인은 “저녁이면 불 꺼진 상가가 많아 거리가 어두웠는데, 젊은 사람들이 드나들면 손님도 늘 것”이라고 말했다."),
        ("p", "대구도심재생지원센터는 두드림랩 운영 성과를 보고 내년에 주변 빈 상가 두 곳을 추가로 임차해 공간을 넓히는 방안을 검토할 계획이다."),
    ],
    related=[("동성로 빈 점포 1년 새 40곳 늘어", 45), ("청년 창업 지원금 경쟁률 12대1", 80),
             ("도심 빈집 활용 공유주택 첫 입주", 130), ("사회적기업 판로 지원 박람회 개막", 22)],
    entities=[("대구", "LOC"), ("중구", "LOC"), ("동성로", "LOC"), ("두드림랩", "LOC"),
              ("대구도심재생지원센터", "ORG"), ("온새미로", "ORG"), ("권나래", "PER"), ("서울", "LOC"), ("조현수", "PER")],
    phenomena=["split-body", "inline-related", "teasers-in-article", "cjk", "json-ld", "list-in-body", "photo-caption", "multiple-authors", "localized-date",
               "local-time-zone", "nav-menu", "footer-links", "ad-slots", "related-list", "most-read", "share-bar",
               "tag-list", "decoy-date"],
    notes="두드림랩 is typed LOC as a named facility (a building run by the organisations named beside it). The '관련기사' line after the in-article ad is an inline teaser, not body.",
))

# 05: EUC-KR, legacy skin, two photos, numeric dates
ARTICLES.append(dict(
    id=f"{SITE}-05", seed=5, meta_author="site", title="제주 모슬포 ‘바당학교’ 해녀 27명 졸업…절반이 30대", skin="legacy", charset="euc-kr", codec="euc-kr", ents=True,
    sec="culture", subsec=5, idx=158804, url=f"{HOST}/news/articleView.html?idxno=158804",
    pub=dt(2019, 5, 6, 13, 20), today=dt(2019, 5, 7, 6, 0), weather="제주 맑음 19℃",
    author="강하늘", email="hnkang@saebyeok.example", comments=0,
    headline="제주 모슬포 ‘바당학교’ 해녀 27명 졸업…절반이 30대",
    desc="제주 서귀포시 대정읍 모슬포의 해녀 양성 교육기관인 바당학교가 올해 졸업생 27명을 배출했다.",
    keywords=["해녀", "바당학교", "모슬포", "제주", "어촌계"], img="201905/158804_112630_2011.jpg",
    parts=[
        ("pic", "201905/158804_112630_2011.jpg", "지난 4일 제주 서귀포시 대정읍 모슬포 앞바다에서 바당학교 교육생들이 물질 실습을 하고 있다.", "/강하늘 기자"),
        ("p", "제주 서귀포시 대정읍 모슬포의 해녀 양성 교육기관인 바당학교가 올해 졸업생 27명을 배출했다. 졸업생의 절반가량이 30대로, 고령화로 명맥이 끊길 위기에 놓인 해녀 공동체에 새 얼굴들이 합류할지 관심이 쏠린다."),
        ("p", "바당학교는 지난 4일 모슬포 어촌계 작업장에서 제9기 졸업식을 열었다. 졸업생들은 지난해 10월부터 7개월간 잠수 기초 이론과 수영, 물질 실습, 해산물 손질 등 모두 180시간의 교육을 받았다."),
        ("p", "올해 졸업생 27명 가운데 30대가 13명으로 가장 많았고 40대 7명, 20대 4명, 50대 이상 3명이었다. 출신 지역도 제주 도내가 11명, 서울과 부산 등 다른 지역이 16명으로 다양했다."),
        ("p", "서울에서 광고회사에 다니다 2년 전 제주로 이주했다는 졸업생 문하린(33)씨는 “처음 바다에 들어갔을 때는 5m 아래로 내려가는 것도 무서웠는데, 이제는 숨을 참고 1분 가까이 물속에 머물 수 있게 됐다”며 “어촌계에 가입해 정식 해녀로 물질을 하는 게 목표”라고 말했다."),
        ("pic", "201905/158804_112631_2013.jpg", "바당학교 졸업생들이 졸업식을 마친 뒤 테왁을 들고 기념 촬영을 하고 있다.", "/바당학교 제공"),
        ("p", "하지만 졸업이 곧 해녀가 되는 것을 뜻하지는 않는다. 해녀로 활동하려면 마을 어촌계에 가입해야 하는데, 어촌계마다 가입 조건과 기존 해녀들의 동의 절차가 달라 문턱이 높다는 지적이 많다. 실제로 지난 8년간 바당학교 졸업생 184명 가운데 어촌계에 가입해 물질을 하고 있는 사람은 31명에 그친다."),
        ("p", "바당학교 교장을 맡고 있는 45년 경력의 해녀 고순덕(71)씨는 “바다는 한순간 방심하면 목숨을 앗아가는 곳이라 선배 해녀들이 새내기를 쉽게 받아들이지 못하는 면이 있다”며 “교육을 마친 뒤에도 1~2년은 선배들과 함께 물에 들어가며 배우는 과정이 꼭 필요하다”고 강조했다."),
        ("ad",),
        ("p", "제주 해녀 수는 해마다 줄고 있다. 제주해녀문화연구회에 따르면 지난해 말 기준 현직 해녀는 3천820명으로, 이 가운데 70세 이상이 59%를 차지한다. 30대 이하 해녀는 90명이 채 안 된다."),
        ("p", "연구회 측은 새내기 해녀가 어촌계에 안착할 수 있도록 선배 해녀와 일대일로 짝을 지어 주는 ‘도제 프로그램’과 초기 소득 보전 방안을 마련해야 한다고 제안했다."),
        ("p", "바당학교는 오는 10월 제10기 교육생 30명을 모집할 예정이며, 올해부터는 물질 실습 시간을 40시간 늘리기로 했다."),
        ("p", "바당학교는 2015년 문을 연 뒤 올해까지 모두 112명의 졸업생을 배출했다. 이 가운데 실제로 어촌계에 가입해 물질을 하는 해녀는 41명으로, 졸업생 세 명 가운데 한 명꼴이다."),
        ("p", "졸업생들이 현업 해녀가 되기까지는 넘어야 할 문턱이 적지 않다. 어촌계마다 가입 조건이 다르고, 일정 기간 견습을 거쳐야 하는 곳도 많다. 바다에서 오래 일해 온 선배 해녀들과 관계를 쌓는 것도 중요하다."),
        ("p", "제주해녀문화연구회는 “젊은 해녀들이 늘어나는 것은 반가운 일이지만, 소득이 안정되지 않으면 다시 떠날 수밖에 없다”며 “해산물 판로 확대와 체험 관광 연계 같은 지원이 함께 이뤄져야 한다”고 말했다."),
    ],
    related=[("해녀 물질 공연 상설화…관광객 호응", 21), ("제주 어촌계 신규 가입 문턱 낮춘다", 63),
             ("바다 수온 상승에 소라 어획량 감소", 110), ("해녀 고령화 대책 토론회 열려", 190)],
    entities=[("제주", "LOC"), ("서귀포시", "LOC"), ("대정읍", "LOC"), ("모슬포", "LOC"), ("바당학교", "ORG"),
              ("모슬포 어촌계", "ORG"), ("서울", "LOC"), ("부산", "LOC"), ("문하린", "PER"), ("고순덕", "PER"),
              ("제주해녀문화연구회", "ORG")],
    phenomena=["teasers-in-article", "cjk", "legacy-encoding", "html-entities", "photo-caption", "local-time-zone", "nav-menu", "footer-links", "ad-slots",
               "related-list", "most-read", "share-bar", "comments", "decoy-date"],
    notes="Photo credits ('/강하늘 기자', '/바당학교 제공') are left out of the caption blocks.",
))

# 06: UTF-8, new skin, malformed markup, sports
ARTICLES.append(dict(
    id=f"{SITE}-06", seed=6, skin="new", charset="utf-8", codec="utf-8", malformed=True,
    sec="sports", subsec=4, idx=538120, url=f"{HOST}/news/articleView.html?idxno=538120",
    pub=dt(2025, 10, 19, 11, 48), today=dt(2025, 10, 20, 6, 20), weather="춘천 맑음 14℃",
    author="윤지호", email="jhyoon@saebyeok.example", comments=27, tags=["마라톤", "춘천", "호반하프마라톤"],
    headline="춘천 호반하프마라톤 1만2천명 ‘가을 질주’…변우진, 대회 신기록 우승",
    desc="강원 춘천에서 19일 열린 제11회 춘천 호반하프마라톤 대회에 1만2천여명이 참가했다.",
    keywords=["마라톤", "춘천", "달리기", "의암호"], img="202510/538120_402218_1146.jpg",
    parts=[
        ("p", "강원 춘천에서 19일 열린 제11회 춘천 호반하프마라톤 대회에 1만2천여명이 참가해 호숫가를 따라 가을 정취를 만끽했다."),
        ("pic", "202510/538120_402218_1146.jpg", "19일 강원 춘천시 공지천 일대에서 열린 제11회 춘천 호반하프마라톤 대회에서 참가자들이 출발선을 떠나고 있다.", "ⓒ새벽뉴스 윤지호 기자"),
        ("p", "이날 오전 8시 공지천 조각공원을 출발한 참가자들은 의암호를 끼고 도는 하프코스(21.0975㎞)와 10㎞, 5㎞ 건강달리기 등 세 종목으로 나뉘어 레이스를 펼쳤다."),
        ("p", "하프코스 남자부에서는 청람에너지 육상단 소속 변우진(24)이 1시간04분12초로 결승선을 통과해 대회 신기록을 세웠다. 종전 기록은 2022년 대회에서 나온 1시간04분58초였다."),
        ("p", "변우진은 “15㎞ 지점부터 맞바람이 강해 기록은 기대하지 않았는데, 마지막 3㎞에서 다리가 생각보다 잘 움직였다”며 “내년 봄 풀코스 도전을 앞두고 자신감을 얻었다”고 소감을 밝혔다."),
        ("p", "여자부에서는 동호인 출신 길소라(31)가 1시간16분40초로 1위에 올랐다. 직장인인 그는 퇴근 뒤 매일 저녁 10㎞씩 달리며 대회를 준비했다고 한다."),
        ("p", "10㎞ 부문에서는 고등학생과 장년층 참가자들의 활약이 눈에 띄었다. 남자부 1위는 춘천의 한 고교 육상부 3학년 윤태성(18)이 33분05초로 차지했고, 60대 동호인 민경자(63)는 49분대 기록으로 여자부 연령별 부문 1위에 올라 박수를 받았다."),
        ("ad",),
        ("p", "올해 대회는 참가 신청 시작 40분 만에 정원이 모두 찰 만큼 관심이 높았다. 전체 참가자 가운데 20~30대가 58%를 차지했다. 대회 조직위원회는 최근 젊은 층 사이에서 달리기 동호회 열풍이 불면서 참가 연령대가 크게 낮아졌다고 설명했다."),
        ("p", "안전 대책도 강화됐다. 조직위는 코스 2.5㎞마다 급수대와 구급 요원을 배치하고, 자동심장충격기를 든 ‘세이프티 러너’ 40명이 참가자들과 함께 달리도록 했다. 이날 경기 도중 어지럼증 등을 호소한 참가자 17명이 현장에서 응급 처치를 받았으며, 중상자는 없었다."),
        ("p", "대회 당일 오전 7시부터 낮 12시 30분까지 코스 주변 도로 일부가 통제되면서 시내 곳곳에서 차량 정체가 빚어지기도 했다. 조직위원회 송기철 사무국장은 “교통 통제에 협조해 준 시민들께 감사드린다”며 “내년에는 셔틀버스를 늘리고 통제 구간 안내를 더 일찍 하겠다”고 말했다."),
        ("p", "조직위는 참가비 일부와 기념품 판매 수익금을 합친 3천여만원을 지역 장애인 체육 단체에 기부할 예정이다."),
    ],
    related=[("가을 마라톤 대회 잇따라…참가 신청 ‘광클’ 경쟁", 12), ("러닝 크루 급증에 공원 산책로 갈등", 40),
             ("의암호 순환 자전거길 전 구간 개통", 150), ("하프마라톤 참가자 심정지…시민이 살렸다", 360)],
    entities=[("강원", "LOC"), ("춘천", "LOC"), ("춘천시", "LOC"), ("춘천 호반하프마라톤", "MISC"), ("공지천", "LOC"),
              ("공지천 조각공원", "LOC"), ("의암호", "LOC"), ("청람에너지 육상단", "ORG"), ("변우진", "PER"),
              ("길소라", "PER"), ("송기철", "PER"), ("윤태성", "PER"), ("민경자", "PER")],
    phenomena=["teasers-in-article", "cjk", "json-ld", "malformed-html", "photo-caption", "local-time-zone", "nav-menu", "footer-links",
               "ad-slots", "related-list", "most-read", "share-bar", "comments", "tag-list", "decoy-date"],
    notes="The event name 춘천 호반하프마라톤 is one MISC mention (춘천 inside it is not annotated separately).",
))

# 07: EUC-KR, legacy skin, two-line standfirst, dateline, update time
ARTICLES.append(dict(
    id=f"{SITE}-07", seed=7, skin="legacy", charset="euc-kr", codec="euc-kr",
    sec="economy", subsec=2, idx=127755, url=f"{HOST}/news/articleView.html?idxno=127755",
    pub=dt(2018, 2, 27, 10, 10), upd=dt(2018, 2, 27, 15, 40), today=dt(2018, 2, 28, 5, 50), weather="통영 흐림 8℃",
    author="배성준", email="sjbae@saebyeok.example",
    headline="통영 해오름조선, 2년 만에 석유화학제품선 4척 수주",
    sub=["5만t급 4척 1억8천만달러 규모…내년 하반기부터 인도", "협력업체 재고용 기대 속 “숙련 인력 확보가 관건”"],
    desc="경남 통영의 중형 조선소인 해오름조선이 2년 만에 신규 선박 수주에 성공했다.",
    keywords=["해오름조선", "통영", "조선업", "수주"], img="201802/127755_89014_1009.jpg",
    parts=[
        ("p", "[통영=새벽뉴스] 경남 통영의 중형 조선소인 해오름조선이 2년 만에 신규 선박 수주에 성공했다. 일감이 바닥나 도크를 비워 둘 처지였던 지역 조선업계에 모처럼 숨통이 트일 것이라는 기대가 나온다."),
        ("p", "해오름조선은 유럽 선사 한 곳과 5만t급 석유화학제품 운반선 4척을 건조하는 계약을 맺었다고 27일 밝혔다. 계약 금액은 모두 1억8천만달러(약 1천940억원)로, 첫 번째 배는 내년 7월, 나머지 세 척은 2020년 상반기까지 차례로 인도할 예정이다."),
        ("p", "해오름조선이 새 일감을 따낸 것은 2016년 1월 이후 처음이다. 조선 경기 침체로 수주가 끊기면서 이 회사는 지난해 직원 1천100여명 가운데 절반 가까이를 희망퇴직 등으로 내보냈고, 협력업체 30여곳 중 12곳이 문을 닫았다."),
        ("pic", "201802/127755_89014_1009.jpg", "경남 통영 해오름조선 야드의 비어 있는 도크. 이번 수주로 올해 하반기부터 도크 한 곳이 다시 가동된다.", "/해오름조선 제공"),
        ("p", "회사 측은 이번 수주로 올해 하반기부터 도크 한 곳을 다시 가동할 수 있게 됐다고 설명했다. 해오름조선 관계자는 “선가가 바닥 수준이라 수익을 크게 기대하기는 어렵지만, 일단 배를 지어야 인력과 협력업체 생태계를 지킬 수 있다고 판단했다”고 말했다."),
        ("p", "지역에서는 협력업체 재고용에 대한 기대가 크다. 통영의 한 도장 협력업체 대표 임창호(55)씨는 “회사를 떠난 숙련공들이 다른 지역 공사판이나 배달 일을 하고 있다”며 “일감이 확실해지면 다시 불러들일 생각”이라고 말했다."),
        ("p", "통영 지역 조선업 관련 고용은 2015년 말 9천여명에서 지난해 말 5천여명 수준으로 줄어든 것으로 추산된다. 조선소 주변 식당과 원룸 임대업 등 지역 상권도 덩달아 긴 침체를 겪어 왔다."),
        ("ad",),
        ("p", "하지만 숙련 인력을 다시 모으는 일이 쉽지 않을 것이라는 우려도 나온다. 경남조선산업연구회 추은정 박사는 “한번 조선소를 떠난 용접·도장 기능공들은 임금이 더 나은 육상 플랜트나 다른 업종에 자리를 잡은 경우가 많다”며 “지방자치단체 차원의 재교육과 고용 유지 지원이 함께 가야 한다”고 지적했다."),
        ("p", "업계에서는 올해 들어 세계 선박 발주가 조금씩 살아나고 있어 중형 조선소들의 추가 수주 가능성도 있다는 관측이 나온다. 해오름조선은 현재 동남아시아 선사 두 곳과 같은 급의 선박 건조를 놓고 협상을 벌이고 있다."),
        ("p", "한편 해오름조선은 이번 계약 선박에 연료 효율을 높인 새 선체 설계를 적용해 기존 동급 선박보다 연료 소모량을 8%가량 줄일 계획이라고 밝혔다."),
        ("p", "해오름조선은 조선업 불황이 이어진 2016년 이후 직원 수를 1천300명에서 400명 수준으로 줄였다. 회사는 이번 수주 물량을 소화하기 위해 올해 안에 생산직 200여 명을 다시 채용할 계획이다."),
        ("p", "지역 경제에 미칠 효과에 대한 기대도 크다. 통영 시내 한 식당 주인은 “조선소가 멈춘 뒤로 저녁 손님이 절반 넘게 줄었다”며 “도크에 다시 불이 켜지면 동네 분위기도 달라질 것”이라고 말했다."),
    ],
    related=[("중형 조선소 구조조정…협력업체 줄도산 우려", 120), ("조선업 희망퇴직자 재취업 지원센터 개소", 75),
             ("선박 발주 회복세…중형선 시장은 아직", 30), ("통영 조선소 부지 관광단지 전환 논의", 240)],
    entities=[("통영", "LOC"), ("새벽뉴스", "ORG"), ("경남", "LOC"), ("해오름조선", "ORG"), ("유럽", "LOC"),
              ("임창호", "PER"), ("경남조선산업연구회", "ORG"), ("추은정", "PER"), ("동남아시아", "LOC")],
    phenomena=["teasers-in-article", "cjk", "legacy-encoding", "standfirst", "dateline", "photo-caption", "updated-date", "local-time-zone",
               "nav-menu", "footer-links", "ad-slots", "related-list", "most-read", "share-bar", "decoy-date"],
    notes="The two sub-headline lines under the title are the standfirst; the '[통영=새벽뉴스]' dateline stays in the first paragraph.",
))

# 08: UTF-8, new skin, kicker, SEO title, newsletter box
ARTICLES.append(dict(
    id=f"{SITE}-08", seed=8, ld_pub=dt(2026, 1, 11, 22, 40), split=True, skin="new", charset="utf-8", codec="utf-8", newsletter=True,
    sec="society", subsec=4, idx=561942, url=f"{HOST}/news/articleView.html?idxno=561942",
    pub=dt(2026, 1, 12, 7, 0), today=dt(2026, 1, 13, 6, 0), weather="서산 맑음 -4℃",
    author="오채원", email="cwoh@saebyeok.example", comments=5, tags=["가창오리", "천수만", "철새", "탐조"],
    kicker="[현장]",
    headline="천수만에 가창오리 20만 마리…“올겨울 군무, 10년 새 최대”",
    title="천수만 가창오리 20만 마리 찾아와…10년 만에 최대 규모 군무 | 새벽뉴스",
    desc="서해조류연구소가 천수만 일대에서 벌인 겨울 철새 조사 결과 가창오리는 20만4천여 마리로 집계됐다.",
    keywords=["가창오리", "천수만", "철새", "군무", "서산"], img="202601/561942_418830_0650.jpg",
    parts=[
        ("pic", "202601/561942_418830_0650.jpg", "11일 오후 충남 서산시 천수만 상공에서 가창오리 떼가 해 질 녘 군무를 펼치고 있다.", "ⓒ새벽뉴스 오채원 기자"),
        ("p", "해가 서해 너머로 기울기 시작한 11일 오후 5시 20분, 충남 서산시 천수만 간척지 논 위로 검은 띠 하나가 솟아올랐다. 띠는 순식간에 구름처럼 부풀었다가 물결처럼 휘어지며 하늘을 덮었다. 가창오리 수십만 마리가 먹이를 찾아 이동하며 펼치는 이른바 ‘군무’다."),
        ("p", "서해조류연구소가 이달 초 천수만 일대에서 벌인 겨울 철새 동시 조사 결과 가창오리는 20만4천여 마리로 집계됐다. 연구소가 조사를 시작한 2016년 이후 가장 많은 수다. 지난겨울 같은 조사에서는 11만여 마리가 관찰됐다."),
        ("p", "연구소 신유경 책임연구원은 “평년보다 따뜻한 날씨로 호수와 저수지가 얼지 않은 데다, 추수 뒤 논에 남은 낟알이 많아 먹이 조건이 좋았던 것으로 보인다”고 분석했다."),
        ("p", "가창오리는 시베리아에서 번식하고 겨울을 나기 위해 한반도를 찾는 겨울 철새로, 세계 개체군의 대부분이 서해안 일대에서 겨울을 보낸다. 낮에는 호수 위에서 쉬다가 해가 지면 무리를 지어 인근 논으로 날아가 먹이를 먹는다."),
        ("p", "가창오리는 한때 국제적으로 보호가 필요한 취약종으로 분류될 만큼 개체 수가 줄었다가, 월동지 보호 노력이 이어지면서 점차 회복세를 보이고 있다. 연구소는 천수만 외에도 금강 하구와 영암호 등 서해안 주요 습지를 돌며 개체 수 변화를 추적하고 있다."),
        ("ad",),
        ("p", "군무를 보려는 탐조객들도 몰리고 있다. 이날 간척지 둑길에는 망원경과 카메라를 든 탐조객 200여명이 모여 철새들이 날아오르기를 기다렸다. 대전에서 가족과 함께 왔다는 하정민(42)씨는 “사진으로만 보던 장면을 직접 보니 소름이 돋았다”고 말했다."),
        ("p", "탐조객이 늘면서 인근 마을 식당과 숙박업소도 모처럼 겨울 특수를 누리고 있다. 간척지 입구에서 식당을 운영하는 남궁철(58)씨는 “주말이면 점심때 빈자리가 없을 정도”라며 웃었다."),
        ("p", "다만 개체 수가 늘면서 조류인플루엔자 확산에 대한 우려도 커지고 있다. 천수만철새보호협의회는 간척지 주변 주요 도로 세 곳에 소독 거점을 두고, 탐조객에게 농경지와 둑 안쪽 출입을 자제해 달라고 당부했다."),
        ("p", "신유경 책임연구원은 “가창오리 무리가 한곳에 지나치게 몰리면 질병이 한번 돌 때 피해가 커질 수 있다”며 “서식지를 여러 곳으로 분산시킬 수 있도록 주변 습지를 함께 보전하는 노력이 필요하다”고 말했다."),
        ("p", "연구소는 다음 달 중순 2차 조사를 실시해 가창오리 무리의 북상 시기와 이동 경로를 추적할 계획이다."),
        ("p", "가창오리 군무를 보려는 탐조객도 크게 늘었다. 서산시에 따르면 이달 들어 주말마다 천수만 일대 탐조 전망대를 찾는 방문객이 하루 3천명을 넘었다. 시는 차량이 몰리는 해 질 녘 시간대에 임시 주차장 두 곳을 운영하고 있다."),
        ("p", "전문가들은 관찰 예절을 당부했다. 서해조류연구소 신유경 연구원은 “드론을 띄우거나 가까이 다가가 소리를 내면 새들이 놀라 먹이 활동을 멈추고 다른 곳으로 옮겨 간다”며 “망원경을 이용해 멀리서 지켜봐 달라”고 말했다."),
    ],
    related=[("겨울 철새 도래지 출입 통제 확대", 20), ("천수만 흑두루미 월동 개체 역대 최다", 365),
             ("철새 탐조 관광 코스 개발 착수", 90), ("간척지 습지 복원 놓고 농민과 이견", 500)],
    entities=[("천수만", "LOC"), ("서해", "LOC"), ("충남", "LOC"), ("서산시", "LOC"), ("서해조류연구소", "ORG"),
              ("신유경", "PER"), ("시베리아", "LOC"), ("한반도", "LOC"), ("서해안", "LOC"), ("대전", "LOC"),
              ("하정민", "PER"), ("천수만철새보호협의회", "ORG"), ("금강", "LOC"),
              ("영암호", "LOC"), ("남궁철", "PER")],
    phenomena=["split-body", "inline-related", "teasers-in-article", "cjk", "json-ld", "kicker", "title-differs-from-headline", "photo-caption", "local-time-zone",
               "nav-menu", "footer-links", "ad-slots", "related-list", "most-read", "share-bar", "comments",
               "tag-list", "newsletter-box", "decoy-date"],
    notes="The '[현장]' label inside the <h1> is a kicker and is left out of the headline. The JSON-LD datePublished is the story's creation time the evening before (Jan. 11, 22:40); the visible '입력' time and article:published_time give Jan. 12, 07:00, which is gold (GUIDELINES 10.1). The '관련기사' line after the in-article ad is an inline teaser, not body.",
))

# 09: minimal pair of 03, served in UTF-8
V09 = dict(ARTICLES[2])
V09.update(id=f"{SITE}-09", charset="utf-8", codec="utf-8", variant_of=f"{SITE}-03",
           url=f"{HOST}/news/articleView.html?idxno=96410&variant=b",
           phenomena=[t for t in ARTICLES[2]["phenomena"] if t != "legacy-encoding"],
           notes=f"Minimal pair of {SITE}-03: differs only in legacy-encoding (the same page served and declared as UTF-8 instead of EUC-KR). " + ARTICLES[2]["notes"])
ARTICLES.append(V09)


def main():
    for a in ARTICLES:
        text, blocks = page(a)
        art = Article(
            id=a["id"], site=SITE, url=a["url"], language="ko", headline=a["headline"],
            published=iso(a["pub"]), modified=iso(a["upd"]) if a.get("upd") else None,
            authors=a.get("authors", [a["author"]]), summary="\n".join(a.get("sub", [])), blocks=blocks,
            entities=a["entities"], phenomena=a["phenomena"], notes=a["notes"], variant_of=a.get("variant_of"),
        )
        p = emit(art, text, a["codec"])
        size = (p.parents[1] / "raw_html" / f"{a['id']}.html").stat().st_size
        print(f"{a['id']}\t{size / 1024:.1f} KB")


if __name__ == "__main__":
    main()
