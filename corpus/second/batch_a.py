"""Second, independent annotation of batch_a pages (issue 5: annotator agreement).

Written from raw_html/<id>.html and gold/GUIDELINES.md only.
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from corpus.lib import Article, Block, emit_second

P = lambda text, optional=False: Block("paragraph", text, optional)
H = lambda text: Block("heading", text)
LI = lambda text: Block("list_item", text)
Q = lambda text, optional=False: Block("quote", text, optional)
CAP = lambda text: Block("caption", text, True)
NOTE = lambda text: Block("note", text, True)
T = lambda text: Block("table", text)

ARTICLES = []
A = ARTICLES.append

# ---------------------------------------------------------------- alwaha-news-02
A(Article(
    id="alwaha-news-02", site="alwaha-news",
    url="https://www.alwaha-news.example/culture/2021/06/14/petra-ceramics-forum",
    language="ar",
    headline="ملتقى دولي للخزف في وادي موسى يجمع 40 فناناً من 12 دولة",
    published="2021-06-14T16:20:00+03:00", modified=None,
    authors=["وكالة الضفاف للأنباء"],
    summary="",
    blocks=[
        P("وادي موسى (الأردن) - الضفاف: انطلقت، اليوم الاثنين، فعاليات الدورة الأولى من «ملتقى البتراء للخزف المعاصر» في بلدة وادي موسى المجاورة لمدينة البتراء الأثرية جنوب الأردن، بمشاركة 40 فناناً وفنانة من 12 دولة عربية وأجنبية، وتستمر حتى الرابع والعشرين من الشهر الجاري."),
        P("ويقيم المشاركون طوال عشرة أيام في مشغل مفتوح أقيم قرب مركز الزوار، حيث يعملون على قطع مستوحاة من ألوان الحجر الرملي الوردي الذي تشتهر به المنطقة، على أن تُعرض الأعمال المنجزة في ختام الملتقى، ثم تنتقل إلى العاصمة عمّان في معرض يستمر شهراً."),
        P("وقالت مديرة الملتقى، الفنانة التشكيلية ديما الحوارني، في تصريح لـ«الضفاف»، إن فكرة الملتقى ولدت «من رغبة في إعادة الطين إلى المكان الذي صنع منه الأنباط أوانيهم قبل أكثر من ألفي عام»، مشيرة إلى أن كسر الفخار الرقيق الذي اشتهرت به تلك الحضارة ما زالت تظهر في المواقع الأثرية المحيطة."),
        P("وأضافت الحوارني أن اختيار المشاركين تم من بين أكثر من 300 طلب، وأن لجنة الاختيار حرصت على التوازن بين الفنانين المعروفين والأسماء الشابة، «لأن الملتقى ورشة عمل قبل أن يكون معرضاً»."),
        P("ويشارك في الملتقى فنانون من الأردن ومصر وتونس والمغرب ولبنان، إلى جانب فنانين من اليابان وإسبانيا والمكسيك وكوريا الجنوبية، ويعمل بعضهم للمرة الأولى بطين محلي جُمع من أودية قريبة وخضع لمعالجة استمرت أسابيع قبل انطلاق الفعاليات."),
        P("وقالت الخزافة اليابانية ماساكو هيراتا إنها جاءت لتتعلم من المكان: «في اليابان نحترم الشقوق في الفخار ونرممها بالذهب، وهنا وجدت صخوراً تحمل شقوقاً عمرها آلاف السنين، وأريد أن أتعلم كيف أترك للطين حريته»."),
        P("وتنظم الملتقى جمعية «طين وحجر» للفنون بالتعاون مع عدد من الفنادق والمشاغل المحلية، وتتضمن الفعاليات ورشاً مجانية لطلبة المدارس في وادي موسى والقرى المجاورة، وجلسات حوارية حول استخدام الطين المحلي في العمارة والحرف التقليدية."),
        P("ويأمل المنظمون أن يسهم الحدث في تنشيط الحركة السياحية في المنطقة بعد تراجع أعداد الزوار خلال العام الماضي بسبب قيود السفر التي فرضتها الجائحة، إذ يعتمد مئات من سكان البلدة على السياحة مصدراً رئيسياً للدخل."),
        P("وقال أحمد النوافلة، صاحب مشغل للفخار في البلدة يشارك في تنظيم الورش، إن الملتقى «فرصة نادرة لأبناء المنطقة ليروا كيف يعمل فنانون من ثقافات مختلفة بالمادة نفسها التي نعرفها منذ طفولتنا»."),
        P("ومن المنتظر أن تعلن لجنة التحكيم في ختام الملتقى أسماء ثلاثة فائزين بمنح إقامة فنية لمدة شهرين في الأردن خلال العام المقبل."),
    ],
    entities=[
        ("وادي موسى", "LOC"), ("الأردن", "LOC"), ("الضفاف", "ORG"),
        ("ملتقى البتراء للخزف المعاصر", "MISC"), ("البتراء", "LOC"), ("عمّان", "LOC"),
        ("ديما الحوارني", "PER"), ("الحوارني", "PER"), ("الأنباط", "MISC"),
        ("مصر", "LOC"), ("تونس", "LOC"), ("المغرب", "LOC"), ("لبنان", "LOC"),
        ("اليابان", "LOC"), ("إسبانيا", "LOC"), ("المكسيك", "LOC"), ("كوريا الجنوبية", "LOC"),
        ("اليابانية", "MISC"), ("ماساكو هيراتا", "PER"), ("طين وحجر", "ORG"),
        ("أحمد النوافلة", "PER"),
    ],
    phenomena=["ad-slots", "agency-byline", "cookie-banner", "date-in-url", "dateline", "decoy-date",
               "footer-links", "iframe-embeds", "inline-video-teaser", "json-ld", "localized-date",
               "local-time-zone", "most-read", "nav-menu", "related-list", "rtl", "share-bar", "tag-list"],
    notes="Visible time '04:20 م' read as 16:20 (+03:00 from the time element); the in-body video iframe (title only in its attribute) is tagged inline-video-teaser and left out of the body; the agency's short name «الضفاف» in the text is ORG; «الأنباط» (Nabataeans) is a people name, MISC.",
))

# ---------------------------------------------------------------- alwaha-news-04
A(Article(
    id="alwaha-news-04", site="alwaha-news",
    url="https://www.alwaha-news.example/local/442087.html",
    language="ar",
    headline="بساتين أبي الخصيب تستعيد خضرتها بعد عودة الري بمياه الآبار",
    published="2016-03-15T09:10:00+03:00", modified=None,
    authors=["كاظم الساعدي"],
    summary="جمعية تعاونية حفرت 14 بئراً وأعادت زراعة أكثر من 6 آلاف فسيلة خلال عامين",
    blocks=[
        P("جمعية تعاونية حفرت 14 بئراً وأعادت زراعة أكثر من 6 آلاف فسيلة خلال عامين", True),
        P("بعد سنوات من العطش، عادت الخضرة إلى أجزاء من بساتين النخيل في قضاء أبي الخصيب جنوب البصرة، بعدما لجأ مزارعون إلى حفر آبار ارتوازية بديلة عن مياه الجداول التي ارتفعت ملوحتها بشكل غير مسبوق."),
        CAP("مزارعون يغرسون فسائل جديدة في أحد بساتين أبي الخصيب"),
        P("وتقول جمعية نخيل شط العرب التعاونية، التي تضم نحو 90 مزارعاً، إنها حفرت منذ عام 2014 أربع عشرة بئراً بتمويل ذاتي وقروض صغيرة، وأعادت زراعة أكثر من ستة آلاف فسيلة من أصناف البرحي والحلاوي والساير في أراضٍ كانت قد هُجرت."),
        P("ويقول رئيس الجمعية، الحاج عبد الكريم الموسوي، إن مياه الجداول المتفرعة من النهر أصبحت في أشهر الصيف «أقرب إلى مياه البحر»، ما أدى إلى جفاف آلاف الأشجار وهجرة عائلات كثيرة من القرى إلى مركز المدينة."),
        Q("«النخلة لا تموت بسرعة، لكنها حين تموت تأخذ معها ذاكرة البيت كله»", True),
        P("ويضيف الموسوي وهو يشير إلى جذوع يابسة على طرف البستان: «النخلة لا تموت بسرعة، لكنها حين تموت تأخذ معها ذاكرة البيت كله. جدي زرع هذه الأشجار، وكنا نخجل أن نتركها تموت أمام أعيننا»."),
        P("ولا تخلو التجربة من مخاطر، إذ يحذر المهندس الزراعي حيدر الكعبي من أن الإفراط في سحب المياه الجوفية قد يرفع ملوحتها هي الأخرى بمرور الوقت، داعياً إلى اعتماد الري بالتنقيط وتنظيم مواعيد الضخ بين البساتين."),
        P("وبحسب الكعبي، خفّضت الجمعية استهلاك المياه بنحو الثلث بعد تركيب شبكات تنقيط في نصف البساتين المشمولة بالمشروع، وتخطط لتعميمها على البقية قبل صيف العام المقبل."),
        P("وتأمل الجمعية أن يبدأ الإنتاج الفعلي للفسائل الجديدة خلال أربع إلى خمس سنوات، وتعمل حالياً على إنشاء مخزن مبرد صغير لتسويق التمور مباشرة إلى التجار في البصرة بدلاً من بيعها عبر الوسطاء."),
        P("أما المزارع الشاب مصطفى الحلفي، الذي عاد إلى قريته بعد أن عمل سنوات سائقاً لسيارة أجرة، فيقول إن البئر التي حفرها مع أبناء عمومته «أعادت إلينا سبباً للبقاء»، مضيفاً أن عشر عائلات على الأقل عادت إلى القرية خلال العام الماضي."),
    ],
    entities=[
        ("أبي الخصيب", "LOC"), ("البصرة", "LOC"), ("جمعية نخيل شط العرب التعاونية", "ORG"),
        ("عبد الكريم الموسوي", "PER"), ("الموسوي", "PER"), ("حيدر الكعبي", "PER"), ("الكعبي", "PER"),
        ("مصطفى الحلفي", "PER"),
    ],
    phenomena=["ad-slots", "comments", "decoy-date", "footer-links", "legacy-encoding", "localized-date",
               "local-time-zone", "most-read", "nav-menu", "photo-caption", "pull-quote", "related-list",
               "rtl", "share-bar", "standfirst", "tag-list", "title-differs-from-headline"],
    notes="Page declares windows-1256; the photo credit '(الواحة)' is removed from the caption; the date-palm cultivar names (البرحي، الحلاوي، الساير) are not annotated as entities.",
))

# ---------------------------------------------------------------- cierzo-digital-02
A(Article(
    id="cierzo-digital-02", site="cierzo-digital",
    url="https://www.cierzodigital.example/2023/02/08/incendio-nave-reciclaje-cuarte-de-huerva-confinamiento/",
    language="es",
    headline="Un incendio en una nave de reciclaje de Cuarte de Huerva obliga a confinar dos urbanizaciones",
    published="2023-02-08T16:47:12+01:00", modified="2023-02-08T19:20:05+01:00",
    authors=["Lucía Ballarín", "Jorge Sancet"],
    summary="La columna de humo negro, visible desde buena parte de Zaragoza, mantuvo durante más de tres horas a unos 900 vecinos de Los Olivares y Mirador del Huerva con puertas y ventanas cerradas.",
    blocks=[
        P("La columna de humo negro, visible desde buena parte de Zaragoza, mantuvo durante más de tres horas a unos 900 vecinos de Los Olivares y Mirador del Huerva con puertas y ventanas cerradas.", True),
        CAP("La columna de humo, vista desde la autovía a media tarde de este miércoles."),
        P("Un aparatoso incendio declarado poco antes de las 14.00 de este miércoles en una nave de reciclaje de plásticos del polígono Valdecruces, en Cuarte de Huerva, obligó a confinar durante más de tres horas a los vecinos de las urbanizaciones Los Olivares y Mirador del Huerva. La densa columna de humo negro, empujada por el viento, se divisaba desde varios kilómetros a la redonda."),
        P("El fuego se originó, según las primeras hipótesis, en una zona exterior donde la empresa Recuperaciones Huerva almacenaba balas de film agrícola prensado. En cuestión de minutos las llamas alcanzaron la cubierta de la nave, de unos 3.000 metros cuadrados, que acabó parcialmente derrumbada."),
        P("Hasta el lugar se desplazaron seis dotaciones de bomberos con 24 efectivos, dos ambulancias y agentes de la policía local, que cortaron durante toda la tarde los accesos al polígono. No se han registrado heridos: los once trabajadores que se encontraban en la nave salieron por su propio pie antes de que el fuego alcanzara el interior."),
        P("«Vimos salir humo de las balas del patio y en diez minutos aquello era un infierno. Lo único que pudimos hacer fue sacar las carretillas y echar a correr», relató a este diario uno de los operarios, Iván Royo, todavía con la ropa de trabajo manchada de hollín."),
        P("A las 14.40, la Coordinadora Comarcal de Emergencias del Huerva, el organismo mancomunado que gestiona las alertas en la zona, pidió a los residentes de las dos urbanizaciones, unas 900 personas, que no salieran de casa, cerraran puertas y ventanas y apagaran los sistemas de ventilación. El aviso se difundió por megafonía y a través de las redes sociales de las asociaciones vecinales."),
        P("«Los niños estaban en el colegio y no sabíamos si podíamos ir a buscarlos», contaba por teléfono Begoña Alcalde, vecina de Los Olivares. El centro escolar mantuvo finalmente a los alumnos en el interior hasta que se levantó el confinamiento, a las 18.05."),
        P("Actualización, 19.20. Los bomberos dan por controlado el incendio, aunque mantendrán durante la noche un retén en la nave para sofocar posibles rebrotes. Las mediciones realizadas por una unidad móvil en las dos urbanizaciones no han detectado valores peligrosos de contaminantes en el aire, según ha informado la coordinadora."),
        P("La empresa, que da trabajo a 34 personas, no ha querido hacer declaraciones. Su gerente, Tomás Uriol, se limitó a señalar a la salida de la nave que «lo importante es que no hay ningún herido» y que colaborarán con los investigadores para esclarecer las causas."),
        P("No es la primera vez que la planta sufre un incendio. En agosto de 2019 otro fuego, de menor tamaño, calcinó parte del material almacenado en el mismo patio exterior, lo que motivó entonces las quejas de los vecinos por la acumulación de residuos junto a las viviendas. La Asociación Vecinal Los Olivares ha anunciado que volverá a pedir el traslado de la actividad."),
    ],
    entities=[
        ("Cuarte de Huerva", "LOC"), ("Zaragoza", "LOC"), ("Los Olivares", "LOC"),
        ("Mirador del Huerva", "LOC"), ("Valdecruces", "LOC"), ("Recuperaciones Huerva", "ORG"),
        ("Iván Royo", "PER"), ("Coordinadora Comarcal de Emergencias del Huerva", "ORG"),
        ("Begoña Alcalde", "PER"), ("Tomás Uriol", "PER"), ("Asociación Vecinal Los Olivares", "ORG"),
    ],
    phenomena=["ad-slots", "comments", "cookie-banner", "date-in-url", "decoy-date", "embedded-post",
               "footer-links", "json-ld", "local-time-zone", "localized-date", "most-read",
               "multiple-authors", "nav-menu", "newsletter-box", "photo-caption", "related-list",
               "share-bar", "standfirst", "tag-list", "updated-date"],
    notes="The in-text paragraph opening 'Actualización, 19.20.' carries new reporting and is kept as a required paragraph rather than an optional note; the embedded tweet is left out; 'Foto: Jorge Sancet' is removed from the lead-image caption.",
))

# ---------------------------------------------------------------- cierzo-digital-04
A(Article(
    id="cierzo-digital-04", site="cierzo-digital",
    url="https://www.cierzodigital.example/2016/12/19/belen-200-metros-cuadrados-fabrica-harinas-calatayud/",
    language="es",
    headline="Un belén de 200 metros cuadrados llena la antigua fábrica de harinas de Calatayud",
    published="2016-12-19T18:05:33+01:00", modified=None,
    authors=["Pablo Gracia"],
    summary="",
    blocks=[
        CAP("Un miembro de la cofradía coloca una de las 900 figuras del nacimiento."),
        P("Más de 900 figuras, un río con agua de verdad y un pueblo de adobe reconstruido casa por casa. La Cofradía Belenista del Jalón inauguró este lunes en la antigua fábrica de harinas de Calatayud el que sus miembros consideran el mayor nacimiento de la provincia de Zaragoza: 200 metros cuadrados que han costado once meses de trabajo."),
        P("El montaje, que podrá visitarse gratis hasta el 8 de enero, recrea un paisaje que mezcla Belén y el valle del Jalón. Junto al portal aparecen una noria, un lavadero y una torre mudéjar a escala inspirada en las de la comarca, levantada con más de 4.000 ladrillos de barro cocido moldeados a mano."),
        P("«Aquí no hay nada comprado. Las casas, los puentes y hasta los árboles los hemos hecho nosotros en el local, por las tardes, después de trabajar», explica el presidente de la cofradía, Fernando Sisamón, mientras ajusta la iluminación de una de las escenas. El grupo, formado por 23 socios, dedicó unas 6.000 horas al proyecto."),
        Q("Las casas, los puentes y hasta los árboles los hemos hecho nosotros", True),
        P("Uno de los elementos que más llaman la atención es el ciclo de luz: cada doce minutos el belén pasa del amanecer a la noche, con estrellas formadas por 1.500 diodos y un cielo pintado a mano sobre lonas recuperadas de la propia fábrica."),
        CAP("La torre a escala, levantada con más de 4.000 ladrillos moldeados a mano."),
        P("La elección del espacio no es casual. La fábrica, cerrada desde 1994, pertenece a la familia de uno de los socios, que la ha cedido de forma gratuita. «Queríamos que la gente volviera a entrar aquí. Muchos vecinos trabajaron en la harinera y se emocionan al ver el edificio abierto», cuenta la secretaria del grupo, Rosa Mainar."),
        P("La cofradía espera superar las 15.000 visitas de las pasadas fiestas, cuando el belén se instaló en un local mucho más pequeño. Los donativos voluntarios se destinarán a un comedor social de la ciudad."),
        P("El nacimiento abrirá todos los días de 11.00 a 14.00 y de 17.00 a 20.30, excepto el 25 de diciembre y el 1 de enero. Los grupos escolares pueden concertar visitas guiadas por las mañanas."),
    ],
    entities=[
        ("Calatayud", "LOC"), ("Cofradía Belenista del Jalón", "ORG"), ("Zaragoza", "LOC"),
        ("Belén", "LOC"), ("Jalón", "LOC"), ("Fernando Sisamón", "PER"), ("Rosa Mainar", "PER"),
    ],
    phenomena=["ad-slots", "comments", "cookie-banner", "date-in-url", "decoy-date", "footer-links",
               "json-ld", "local-time-zone", "localized-date", "most-read", "nav-menu", "newsletter-box",
               "photo-caption", "pull-quote", "related-list", "share-bar", "tag-list"],
    notes="dateModified equals datePublished, so modified is null; 'Foto: P. G.' is removed from the lead caption; 'Belén' (Bethlehem, in the crib scene) is LOC and the lower-case 'mudéjar' style word is not annotated.",
))

# ---------------------------------------------------------------- dishabodh-news-02
A(Article(
    id="dishabodh-news-02", site="dishabodh-news",
    url="https://www.dishabodh.example/bihar/patna/news/1131971",
    language="hi",
    headline="पटना: गंगा पर नया पीपा पुल खुला, दियारा के २२ गांवों को मिला सीधा रास्ता",
    published="2024-10-19T16:35:00+05:30", modified="2024-10-20T09:10:00+05:30",
    authors=["अमरेंद्र झा"],
    summary="",
    blocks=[
        P("पटना के पास गंगा नदी पर बना नया पीपा पुल शनिवार को आवाजाही के लिए खोल दिया गया। करीब ८४० मीटर लंबे इस पुल से दियारा इलाके के २२ गांवों के लोगों को अब शहर आने के लिए नाव का इंतजार नहीं करना पड़ेगा।"),
        P("पुल का निर्माण गंगा सेतु निर्माण निगम ने ९ करोड़ ६० लाख रुपये की लागत से किया है। निगम के कार्यपालक अभियंता विनोद कुमार सिन्हा ने बताया कि पुल पर दोपहिया वाहन, ई-रिक्शा और हल्के चारपहिया वाहन चल सकेंगे, लेकिन ट्रक और बसों के लिए इसे नहीं बनाया गया है।"),
        P("सिन्हा के मुताबिक पुल ७२ लोहे के पीपों पर टिका है और हर पीपे की भार क्षमता ११ टन है। बाढ़ के मौसम में, यानी जून के मध्य से सितंबर के अंत तक, पुल को खोलकर किनारे रख दिया जाएगा ताकि तेज बहाव में उसे नुकसान न पहुंचे।"),
        CAP("पीपा पुल से गुजरते दोपहिया वाहन। बाढ़ के मौसम में पुल को खोलकर किनारे रखा जाएगा।"),
        P("दियारा के गांवों में रहने वाले करीब ३५ हजार लोगों के लिए अब तक नाव ही एकमात्र साधन थी। सब्जी उगाने वाले किसान रामबाबू यादव ने कहा, \"पहले सुबह की पहली नाव पकड़ने के लिए चार बजे घाट पर पहुंचना पड़ता था। अब साइकिल से आधे घंटे में मंडी पहुंच जाएंगे।\""),
        P("स्थानीय स्कूलों के शिक्षकों का कहना है कि पुल से बच्चों की उपस्थिति पर भी असर पड़ेगा। एक मध्य विद्यालय की प्रधानाध्यापिका अंजना कुमारी ने बताया कि बारिश और कोहरे के दिनों में आधे से ज्यादा बच्चे स्कूल नहीं आ पाते थे।"),
        P("पुल पर रात में आवाजाही फिलहाल बंद रहेगी। निगम ने कहा है कि दोनों सिरों पर रोशनी और सुरक्षा गार्ड की व्यवस्था होने के बाद ही २४ घंटे आवाजाही की अनुमति दी जाएगी।"),
        P("इलाके के लोग लंबे समय से यहां पक्के पुल की मांग कर रहे हैं। सिन्हा ने कहा कि पक्के पुल का प्रस्ताव भी तैयार किया जा रहा है, लेकिन उसके बनने में कम से कम चार साल लगेंगे।"),
    ],
    entities=[
        ("पटना", "LOC"), ("गंगा", "LOC"), ("दियारा", "LOC"), ("गंगा सेतु निर्माण निगम", "ORG"),
        ("विनोद कुमार सिन्हा", "PER"), ("सिन्हा", "PER"), ("रामबाबू यादव", "PER"), ("अंजना कुमारी", "PER"),
    ],
    phenomena=["ad-slots", "cookie-banner", "decoy-date", "footer-links", "inline-related",
               "inline-video-teaser", "json-ld", "kicker", "local-time-zone", "localized-date", "nav-menu",
               "photo-caption", "related-list", "share-bar", "tag-list", "updated-date"],
    notes="The section label 'बिहार' above the h1 is a kicker; 'पटना:' is kept because it is written inside the headline; 'दियारा' (the riverine tract named as a place) is annotated LOC; the credit 'फोटो: दिशाबोध' is removed from the caption.",
))

# ---------------------------------------------------------------- dishabodh-news-04
A(Article(
    id="dishabodh-news-04", site="dishabodh-news",
    url="https://www.dishabodh.example/education/2018/09/05/bhopal-government-school-students-build-irrigation-robot-1133879",
    language="hi",
    headline="भोपाल के सरकारी स्कूल के बच्चों ने कबाड़ से बनाया खेत सींचने वाला रोबोट, राज्य स्तर पर मिला पहला इनाम",
    published="2018-09-05T18:45:00+05:30", modified=None,
    authors=["नीलेश शुक्ला"],
    summary="कक्षा ९ के चार विद्यार्थियों की टीम ने पुरानी साइकिल के पुर्जों और खराब मोबाइल चार्जर से तैयार किया मॉडल; अब जिले के ३० और स्कूलों में खुलेगी ऐसी प्रयोगशाला",
    blocks=[
        P("कक्षा ९ के चार विद्यार्थियों की टीम ने पुरानी साइकिल के पुर्जों और खराब मोबाइल चार्जर से तैयार किया मॉडल; अब जिले के ३० और स्कूलों में खुलेगी ऐसी प्रयोगशाला", True),
        P("भोपाल के एक सरकारी उच्चतर माध्यमिक विद्यालय के चार विद्यार्थियों ने कबाड़ से ऐसा रोबोट बनाया है जो मिट्टी की नमी मापकर खुद ही खेत में पानी छोड़ देता है। इस मॉडल को बुधवार को राज्य स्तरीय बाल विज्ञान प्रदर्शनी में पहला पुरस्कार मिला।"),
        P("कक्षा ९ में पढ़ने वाले आयुष पटेल, निधि विश्वकर्मा, समीर खान और पूजा अहिरवार की टीम ने यह रोबोट पुरानी साइकिल की चेन, खराब मोबाइल चार्जर और प्लास्टिक की बोतलों से तैयार किया है। इसकी कुल लागत करीब १,८०० रुपये आई।"),
        P("टीम की सदस्य निधि विश्वकर्मा ने बताया, \"मेरे दादाजी रोज सुबह खेत में पानी देने जाते हैं, चाहे जरूरत हो या न हो। हमने सोचा कि अगर मशीन बता सके कि मिट्टी सूखी है या नहीं, तो पानी भी बचेगा और मेहनत भी।\""),
        CAP("प्रदर्शनी में अपने रोबोट के साथ विजेता टीम के विद्यार्थी और उनके शिक्षक।"),
        P("स्कूल के विज्ञान शिक्षक राकेश दुबे ने बताया कि विद्यार्थियों ने पिछले छह महीने स्कूल की नई रोबोटिक्स प्रयोगशाला में काम किया। यह प्रयोगशाला नर्मदा विज्ञान न्यास की मदद से पिछले साल शुरू की गई थी।"),
        P("दुबे ने कहा कि प्रयोगशाला में महंगे उपकरण नहीं हैं। \"हमारा जोर इस बात पर है कि बच्चे आसपास की चीजों से समाधान ढूंढना सीखें। ज्यादातर सामान बच्चे खुद घर से लाते हैं,\" उन्होंने कहा।"),
        P("न्यास की कार्यक्रम निदेशक शालिनी जोशी ने बताया कि इस सफलता के बाद जिले के ३० और सरकारी स्कूलों में ऐसी प्रयोगशालाएं खोलने की योजना है। हर प्रयोगशाला पर करीब २ लाख ५० हजार रुपये खर्च होंगे।"),
        P("विजेता टीम को ५१ हजार रुपये का नकद पुरस्कार मिला है। अब यह टीम नवंबर में होने वाली राष्ट्रीय प्रदर्शनी में राज्य का प्रतिनिधित्व करेगी।"),
    ],
    entities=[
        ("भोपाल", "LOC"), ("आयुष पटेल", "PER"), ("निधि विश्वकर्मा", "PER"), ("समीर खान", "PER"),
        ("पूजा अहिरवार", "PER"), ("राकेश दुबे", "PER"), ("दुबे", "PER"), ("नर्मदा विज्ञान न्यास", "ORG"),
        ("शालिनी जोशी", "PER"),
    ],
    phenomena=["ad-slots", "author-bio", "cookie-banner", "date-in-url", "decoy-date", "footer-links",
               "json-ld", "kicker", "local-time-zone", "localized-date", "nav-menu", "photo-caption",
               "related-list", "share-bar", "standfirst", "tag-list", "title-differs-from-headline"],
    notes="Visible '०६:४५ PM IST' read as 18:45+05:30; dateModified equals datePublished, so modified is null; the generic 'राज्य स्तरीय बाल विज्ञान प्रदर्शनी' (state-level children's science exhibition) is not annotated as a named event; 'फोटो: दिशाबोध' is removed from the caption.",
))

# ---------------------------------------------------------------- jiangfeng-news-02
A(Article(
    id="jiangfeng-news-02", site="jiangfeng-news",
    url="https://culture.jiangfeng.example/n/6612083.html",
    language="zh",
    headline="湖州棠溪老街完成修缮 二十七栋老宅重新开门迎客",
    published="2018-04-16T10:32:00+08:00", modified=None,
    authors=["沈雨桐", "钱可"],
    summary="",
    blocks=[
        P("青石板路、白墙黛瓦、临水而建的木格花窗……经过近两年的修缮，湖州市南浔区棠溪老街日前正式对外开放。街区内27栋清末至民国时期的老宅完成修缮，其中一半以上已引入茶馆、书店、手工艺工作室等业态，重新开门迎客。"),
        P("棠溪老街全长约620米，沿河两侧分布着大小民居、商铺六十余处。由于年久失修，部分老宅一度出现屋顶塌陷、墙体开裂等问题，不少原住居民也陆续外迁，老街一度冷清。"),
        P("“修缮的原则是修旧如旧，能不换的构件尽量不换。”负责项目设计的棠溪古建筑保护工作室主持人冯远山介绍，施工团队为每栋老宅都建立了档案，梁柱、门窗、砖雕逐一拍照编号，“拆下来的老木料，只要还能用，都清理加固后装回原位”。"),
        H("原住民可选择“留下来”"),
        P("与不少古街区改造时“整体搬迁”的做法不同，棠溪老街在修缮中保留了原住居民自主选择的权利。据南浔区相关负责人介绍，街区内仍有41户居民选择继续居住，修缮费用由政府补贴七成。"),
        P("今年73岁的居民朱秀英在老街住了五十多年。“以前一下雨，屋里就要摆好几个盆接水。现在房子修好了，老邻居们也都还在，热闹得很。”她说。"),
        P("开街以来，老街周末日均接待游客约8000人次。为避免过度商业化，街区管委会对入驻业态实行清单管理，限制同质化小吃和纪念品店铺的数量，并为传统手艺人提供三年租金减免。"),
        P("冯远山表示，下一步将对老街沿河的三座石桥进行保护性修缮，并计划开设传统营造技艺展示馆，“让来的人不光看到老房子，也能了解老房子是怎么造出来的”。"),
    ],
    entities=[
        ("湖州", "LOC"), ("湖州市", "LOC"), ("南浔区", "LOC"), ("棠溪老街", "LOC"),
        ("棠溪古建筑保护工作室", "ORG"), ("冯远山", "PER"), ("朱秀英", "PER"),
    ],
    phenomena=["ad-slots", "cjk", "comments", "date-only-in-metadata", "decoy-date", "footer-links",
               "json-ld", "legacy-encoding", "local-time-zone", "most-read", "multiple-authors",
               "nav-menu", "no-visible-date", "related-list", "share-bar", "subheadings", "tag-list"],
    notes="No publication date is visible (only the header's 'today' date and related-story dates), so published comes from JSON-LD datePublished / article:published_time; byline '记者 沈雨桐 通讯员 钱可' gives both people, while '来源：南太湖观察' names the originating outlet and is not listed as an author; the bold one-line paragraph is a subheading; the period names 清末/民国时期 are not annotated.",
))

# ---------------------------------------------------------------- jiangfeng-news-04
A(Article(
    id="jiangfeng-news-04", site="jiangfeng-news",
    url="https://sports.jiangfeng.example/content/31574402.html",
    language="zh",
    headline="42支龙舟队珠江竞渡 “百年老船”再夺标准龙冠军",
    published="2016-06-09T19:36:00+08:00", modified=None,
    authors=["梁振华", "何佩琳"],
    summary="",
    blocks=[
        P("6月9日端午节当天，2016广州传统龙舟邀请赛在海珠区珠江河段举行，来自广州、佛山、东莞等地的42支龙舟队参赛，沿江两岸吸引了数万名市民驻足观看。"),
        CAP("端午节当天，龙舟队在珠江上奋力竞渡"),
        P("本次比赛设标准龙500米直道竞速和传统龙舟游龙表演两个项目。经过预赛和决赛角逐，来自海珠区的南岸村龙舟队以2分01秒36的成绩夺得标准龙组冠军，这也是该队连续第三年夺冠。"),
        P("南岸村龙舟队所用的龙船已有一百多年历史，船身由坤甸木打造。“这条船是村里老一辈传下来的，每年端午前都要起龙、上油、试水。”队长麦国荣赛后说，全队36名队员中，年纪最大的52岁，最小的只有17岁，“比赛拿第一当然高兴，更重要的是把这门手艺和这份精神传下去”。"),
        H("比赛成绩"),
        LI("冠军：南岸村龙舟队（海珠区），2分01秒36"),
        LI("亚军：石滘龙舟会（佛山市南海区），2分03秒08"),
        LI("季军：东江船友会（东莞市），2分04秒71"),
        P("组委会负责人邬建平介绍，为保障赛事安全，海事、公安等部门在赛道两端设置了警戒区域，比赛期间实行临时水上交通管制，沿岸共布置安保和志愿服务人员400余人。"),
        P("值得一提的是，今年比赛首次设置了女子龙舟表演环节。由28名女队员组成的一支业余队伍完成了游龙表演，赢得岸边观众阵阵掌声。队员之一、在区内一所小学任教的谭慧敏说，队员们从4月开始利用下班时间训练，“很多人都是第一次摸桨，手上磨出了好几个水泡”。"),
        P("据了解，广州民间赛龙舟的传统历史悠久，每年农历五月初一至初五前后，珠江沿岸许多村落都会举行“扒龙舟”“龙舟景”等活动。近年来，随着参与人数增加，不少村落也开始重视水上安全和赛事的规范化管理。"),
    ],
    entities=[
        ("珠江", "LOC"), ("端午节", "MISC"), ("端午", "MISC"), ("2016广州传统龙舟邀请赛", "MISC"),
        ("海珠区", "LOC"), ("广州", "LOC"), ("佛山", "LOC"), ("东莞", "LOC"), ("南岸村龙舟队", "ORG"),
        ("麦国荣", "PER"), ("石滘龙舟会", "ORG"), ("佛山市", "LOC"), ("南海区", "LOC"),
        ("东江船友会", "ORG"), ("东莞市", "LOC"), ("邬建平", "PER"), ("谭慧敏", "PER"),
    ],
    phenomena=["ad-slots", "cjk", "comments", "decoy-date", "footer-links", "json-ld", "list-in-body",
               "local-time-zone", "localized-date", "most-read", "multiple-authors", "nav-menu",
               "photo-caption", "related-list", "share-bar", "subheadings", "tag-list"],
    notes="Byline '记者 梁振华 实习生 何佩琳' gives both names (roles dropped); '来源：岭南体坛报' is the originating outlet, not an author; the photo credit '（记者 梁振华 摄）' is removed from the caption; the event name is annotated with its year as written ('2016广州传统龙舟邀请赛'); the folk-custom terms '扒龙舟' and '龙舟景' are not annotated.",
))

# ---------------------------------------------------------------- kaveri-ledger-02
A(Article(
    id="kaveri-ledger-02", site="kaveri-ledger",
    url="https://www.kaveriledger.example/kerala-news/kochi-ferry-service-suspended-after-hull-cracks-found-on-two-boats-1-200-commute-101660052418933.html",
    language="en",
    headline="Kochi ferry service suspended after hull cracks found on two boats; 1,200 commuters stranded",
    published="2022-08-09T19:15:00+05:30", modified="2022-08-10T09:05:00+05:30",
    authors=["Riya Kuriakose"],
    summary="Vembanad Waterways Corporation says inspections of the rest of its 14-boat fleet will be completed by Thursday; islanders queue for hours at private jetties",
    blocks=[
        P("Vembanad Waterways Corporation says inspections of the rest of its 14-boat fleet will be completed by Thursday; islanders queue for hours at private jetties", True),
        P("Ferry services connecting three islands to the Kochi mainland were suspended on Tuesday afternoon after engineers found cracks in the hulls of two boats during a routine inspection, leaving an estimated 1,200 evening commuters scrambling for other ways home."),
        P("The Vembanad Waterways Corporation, which runs the 14-boat fleet, said it had pulled every vessel out of service as a precaution. Its managing director, Lathika Varghese, said the two damaged boats had been in service for less than three years."),
        P("“We are not going to take a chance with passengers on board. Every hull will be checked by an outside surveyor before a boat goes back into the water,” Varghese said, adding that the inspections would be completed by Thursday."),
        P("The cracks, each between 30 and 45 centimetres long, were found near the waterline on the aluminium hulls of the boats Kayal and Nila. The corporation has asked the boatbuilder, Alappuzha-based Kuttanad Marine Works, to explain how the damage occurred."),
        CAP("Passengers wait at a private jetty in Kochi after the corporation’s ferries were withdrawn on Tuesday."),
        P("At the main boat terminal in Ernakulam on Tuesday evening, office workers and students waited for more than two hours for the handful of private boats still running. Some paid ₹60 for a crossing that usually costs ₹20."),
        P("“I left the office at six and I will reach home after nine,” said Shameer P, a bank clerk who lives on one of the islands. “There is no bus that goes all the way; the bridge is 11 kilometres away.”"),
        P("The corporation carries about 9,800 passengers a day on its six routes. Ridership has grown by nearly 40% since the service was launched in 2020, according to figures presented at its annual meeting in June."),
        P("District officials said they had asked the state-run bus corporation to run four extra buses on the bridge route until the boats were cleared, and had requested private operators to cap their fares."),
        P("Commuter groups said the episode showed the service had no backup. Aneesh Joseph, convener of the Island Commuters’ Forum, said the corporation had promised three reserve boats in 2021 but none had been delivered."),
        P("Varghese said two new boats were due from the yard in October. “Until then we will run a reduced timetable once the inspections are done. We will announce it by Wednesday night,” she said."),
    ],
    entities=[
        ("Kochi", "LOC"), ("Vembanad Waterways Corporation", "ORG"), ("Lathika Varghese", "PER"),
        ("Varghese", "PER"), ("Kayal", "MISC"), ("Nila", "MISC"), ("Alappuzha", "LOC"),
        ("Kuttanad Marine Works", "ORG"), ("Ernakulam", "LOC"), ("Shameer P", "PER"),
        ("Aneesh Joseph", "PER"), ("Island Commuters’ Forum", "ORG"),
    ],
    phenomena=["ad-slots", "cookie-banner", "decoy-date", "footer-links", "inline-related",
               "inline-video-teaser", "invisible-chars", "json-ld", "local-time-zone", "localized-date",
               "most-read", "nav-menu", "newsletter-box", "photo-caption", "related-list", "share-bar",
               "standfirst", "tag-list", "updated-date"],
    notes="Soft hyphens and zero-width spaces inside body words are removed; the h2 dek is the standfirst; the boat names Kayal and Nila are MISC (vehicles); the hover duplicate of the caption is not a separate block and '(Ledger Photo/Sanjay Pillai)' is removed; the closing 'Read breaking news...' box is site boilerplate.",
))

# ---------------------------------------------------------------- kaveri-ledger-04
A(Article(
    id="kaveri-ledger-04", site="kaveri-ledger",
    url="https://www.kaveriledger.example/cities/mangaluru-news/mangaluru-fishing-harbour-to-get-96-crore-cold-storage-hub-boat-owners-say-dredg-101511750893120.html",
    language="en",
    headline="Mangaluru fishing harbour to get ₹96-crore cold-storage hub; boat owners say dredging should come first",
    published="2017-11-27T08:20:00+05:30", modified=None,
    authors=["Prakash Alva"],
    summary="",
    blocks=[
        P("Mangaluru, Nov 26: The fishing harbour at Bunder will get a ₹96-crore cold-storage and processing hub under a plan cleared by the Coastal Fisheries Infrastructure Board on Sunday, but boat owners say the money would be better spent first on dredging the silted-up channel."),
        P("The hub, to be built on 7.5 acres of reclaimed land next to the auction hall, will have storage for 3,000 tonnes of fish, an ice plant producing 200 tonnes a day and space for 40 small processing units, board secretary Harish Shetty said."),
        P("“Right now a boat that comes in with a good catch has to sell it the same morning at whatever price the agents offer, because there is nowhere to keep it,” Shetty said. “Cold storage gives the fishermen a few days of bargaining power.”"),
        P("The board has listed the main parts of the project:"),
        LI("a cold store with six chambers of 500 tonnes each"),
        LI("an ice plant and a chilled-water storage tank"),
        LI("40 sheds for women-run drying and processing units"),
        LI("a waste-water treatment plant to stop effluent flowing into the Netravati estuary"),
        P("Work is expected to start in March and take about two years. The board will pay 60% of the cost and the rest will come from a loan to be repaid through user charges."),
        CAP("Trawlers moored three deep at the Bunder fishing harbour in Mangaluru."),
        P("The Coastal Trawler Owners’ Welfare Sangha, which represents about 1,100 trawler owners, said the plan ignored the harbour’s most urgent problem. The channel at the harbour mouth has silted up to the point where larger boats can cross it only at high tide, its president Ramesh Kotian said."),
        P("“Boats are waiting four, five hours outside the harbour with fish on board. What is the use of a cold store if the fish spoils before it reaches the jetty?” Kotian asked."),
        P("Shetty said a separate ₹22-crore dredging proposal had been sent for approval and that he expected work on it to begin before the next monsoon."),
        P("The harbour handles about 1.4 lakh tonnes of fish a year, most of it mackerel, sardine and squid, and supports an estimated 30,000 jobs on land and at sea, according to board figures."),
    ],
    entities=[
        ("Mangaluru", "LOC"), ("Bunder", "LOC"), ("Coastal Fisheries Infrastructure Board", "ORG"),
        ("Harish Shetty", "PER"), ("Shetty", "PER"), ("Netravati", "LOC"),
        ("Coastal Trawler Owners’ Welfare Sangha", "ORG"), ("Ramesh Kotian", "PER"), ("Kotian", "PER"),
    ],
    phenomena=["ad-slots", "cookie-banner", "dateline", "decoy-date", "footer-links", "html-entities",
               "inline-related", "inline-video-teaser", "invisible-chars", "json-ld", "list-in-body",
               "local-time-zone", "localized-date", "most-read", "nav-menu", "newsletter-box",
               "photo-caption", "related-list", "share-bar", "tag-list"],
    notes="The dateline 'Mangaluru, Nov 26:' stays in the first paragraph and its Nov 26 is not the publication date (byline time Nov 27, 2017 08:20 AM IST); both 'Also Read' lines (one a plain <p>) and the 'Watch:' paragraph are inserts left out; '(Ledger Photo)' is removed from the caption.",
))

# ---------------------------------------------------------------- kazahana-news-02
A(Article(
    id="kazahana-news-02", site="kazahana-news",
    url="https://www.kazahana-news.example/economy/E20221118004.html",
    language="ja",
    headline="ミナセ電材、熊本・菊池に電池材料の新工場 投資額600億円",
    published="2022-11-18T09:05:00+09:00", modified="2022-11-18T11:40:00+09:00",
    authors=["高槻亮介", "三好里奈"],
    summary="",
    blocks=[
        P("電子部品材料メーカーのミナセ電材（本社・大阪市）が、熊本県菊池市に電気自動車（EV）向け電池材料の新工場を建設する方針を固めたことが18日、関係者への取材で分かった。投資額は約600億円で、2025年中の稼働を目指す。同社が国内に工場を新設するのは約20年ぶりとなる。"),
        P("新工場では、リチウムイオン電池の正極に使われる材料を生産する。年間の生産能力は、EVに換算して約30万台分を想定している。同社は月内にも取締役会で正式に決定し、菊池市や熊本県と立地協定を結ぶ見通しだ。"),
        H("半導体集積で人材確保に懸念も"),
        P("熊本県北部では近年、半導体や関連部材の工場進出が相次いでいる。関係者によると、ミナセ電材は豊富な地下水や、九州に集まる自動車メーカー各社の工場への近さを評価した一方、周辺で技術者の採用競争が激しくなっている点を懸念し、地元の高等専門学校や大学との連携講座の開設も検討しているという。"),
        P("同社の電池材料事業は、2022年3月期に売上高約410億円と全社の約3割を占めるまでに成長した。主力の滋賀工場はすでにフル稼働が続いており、海外の電池メーカーからの引き合いにも応えきれていないとされる。"),
        P("電池材料に詳しい八雲総合研究所の主任研究員、小田切徹氏は「電池の材料は、調達先を一つの国に頼るリスクが強く意識されるようになった。国内に生産拠点を持つことは、取引先にとっても安心材料になる」と指摘する。"),
        H("地元は歓迎、水資源への配慮求める声"),
        P("菊池市の企業誘致担当者は取材に「正式な発表を待ちたい」とした上で、「実現すれば数百人規模の雇用が生まれる。地域経済への効果は大きい」と期待を示した。"),
        P("一方、地元の農業関係者からは、工場で使う水の量を懸念する声も上がる。市内でコメや野菜を生産する農業法人の代表、松永和樹さん（56）は「地下水は農業にとっても生命線だ。どれだけくみ上げ、どう涵養（かんよう）するのか、丁寧に説明してほしい」と話した。"),
        P("ミナセ電材は取材に対し「現時点で決定した事実はない」とコメントした。"),
        NOTE("【11時40分更新】ミナセ電材は18日午前、新工場の建設について「国内での生産能力増強を検討していることは事実だが、場所や時期は決まっていない」とのコメントを出しました。"),
    ],
    entities=[
        ("ミナセ電材", "ORG"), ("熊本", "LOC"), ("菊池", "LOC"), ("大阪市", "LOC"), ("熊本県", "LOC"),
        ("菊池市", "LOC"), ("九州", "LOC"), ("滋賀", "LOC"), ("八雲総合研究所", "ORG"),
        ("小田切徹", "PER"), ("松永和樹", "PER"),
    ],
    phenomena=["ad-slots", "cjk", "cookie-banner", "correction-note", "date-in-url", "decoy-date",
               "footer-links", "kicker", "legacy-encoding", "local-time-zone", "localized-date",
               "microdata", "most-read", "multiple-authors", "nav-menu", "newsletter-box", "related-list",
               "share-bar", "subheadings", "tag-list", "updated-date"],
    notes="Kicker '独自' is left out of the headline and the headline's ideographic space is written as one ordinary space; desk names (経済部, 熊本支局) before the two bylined names are roles; the closing '【11時40分更新】' paragraph is an optional update note; '滋賀' in '滋賀工場' (the company's Shiga plant) is annotated as LOC; date-in-url is tagged because the article id E20221118004 embeds 20221118.",
))

# ---------------------------------------------------------------- kazahana-news-04
A(Article(
    id="kazahana-news-04", site="kazahana-news",
    url="https://www.kazahana-news.example/science/space/S20250114017.html",
    language="ja",
    headline="高専生の超小型衛星、宇宙へ 手のひらサイズで火山の熱を観測",
    published="2025-01-14T18:02:00+09:00", modified=None,
    authors=["森本千尋", "桐生大地"],
    summary="",
    blocks=[
        P("南洋工業高等専門学校（鹿児島県）の学生らが開発した超小型人工衛星「ハヤトリ1号」が14日、打ち上げられ、予定の軌道に入った。一辺10センチの立方体で、重さは約1.3キロ。搭載した赤外線カメラで、桜島など九州南部の火山の地表温度の変化をとらえる計画だ。"),
        P("衛星は、同校の電子制御工学科と機械工学科の学生13人が2021年から手作りしてきた。打ち上げは民間宇宙企業「オービタノース」（本社・北海道大樹町）の小型ロケットで、ニュージーランドの発射場から行われた。発射から約55分後、予定の軌道への投入が確認された。"),
        P("午後4時すぎ、学校の管制室で衛星からの最初の電波を受信すると、見守っていた学生たちから大きな歓声と拍手が起こった。"),
        P("プロジェクトリーダーで5年生の有村葵さん（20）は「信号音が聞こえた瞬間、3年分の苦労が全部報われた気がした。ここからが本番なので、しっかり運用したい」と声を弾ませた。"),
        H("主な仕様"),
        LI("大きさ：10センチ四方の立方体（1Uサイズ）"),
        LI("重さ：約1.3キロ"),
        LI("軌道：高度約520キロの太陽同期軌道"),
        LI("搭載機器：赤外線カメラ、姿勢制御装置、アマチュア無線帯の通信機"),
        LI("運用期間：約2年間の予定"),
        H("火山防災への活用目指す"),
        P("衛星は約95分で地球を1周し、同じ地域の上空を数日おきに通過する。学生たちは撮影した画像から地表温度の分布図をつくり、噴火の前兆となりうる熱の変化を継続してとらえられるかを検証する。"),
        P("指導する竹之内浩准教授（宇宙工学）は「大型衛星ほどの解像度はないが、安く何機も打ち上げられるのが超小型衛星の強み。将来は複数機で火山を見守る仕組みにつなげたい」と話す。"),
        P("開発費約1800万円は、地元企業などからの寄付とクラウドファンディングでまかなった。部品の一部は、鹿児島市内の町工場が学生とともに加工したという。"),
        P("通信には国内外のアマチュア無線家の協力も得る。学生たちは衛星が発する信号の受信報告を募っており、報告者には記念のカードを送る予定だ。"),
    ],
    entities=[
        ("南洋工業高等専門学校", "ORG"), ("鹿児島県", "LOC"), ("ハヤトリ1号", "MISC"), ("桜島", "LOC"),
        ("九州", "LOC"), ("オービタノース", "ORG"), ("北海道", "LOC"), ("大樹町", "LOC"),
        ("ニュージーランド", "LOC"), ("有村葵", "PER"), ("竹之内浩", "PER"), ("鹿児島市", "LOC"),
    ],
    phenomena=["ad-slots", "cjk", "comments", "cookie-banner", "date-in-url", "decoy-date", "footer-links",
               "iframe-embeds", "inline-video-teaser", "json-ld", "kicker", "list-in-body",
               "local-time-zone", "localized-date", "most-read", "multiple-authors", "nav-menu",
               "related-list", "share-bar", "subheadings", "tag-list"],
    notes="Kicker '宇宙' is left out; the '【動画】' label with its video iframe is an inline video teaser, left out; the '主な仕様' heading and spec list sit in the text flow and are kept as required blocks rather than an optional fact box; desk names before the two bylined names are roles; the satellite ハヤトリ1号 is MISC; date-in-url is tagged because the id S20250114017 embeds 20250114.",
))

# ---------------------------------------------------------------- northgate-ledger-02
A(Article(
    id="northgate-ledger-02", site="northgate-ledger",
    url="https://www.northgateledger.example/business/fairbrook-markets-ohio-store-closures-n1294471",
    language="en",
    headline="Fairbrook Markets to Close 14 Ohio Stores as Grocery Price War Deepens",
    published="2025-01-14T17:42:00-05:00", modified="2025-01-14T21:08:00-05:00",
    authors=["Derek Amundsen"],
    summary="The Cincinnati-based chain, which employs about 9,000 people, said the closures would eliminate roughly 1,100 jobs by the end of March.",
    blocks=[
        P("The Cincinnati-based chain, which employs about 9,000 people, said the closures would eliminate roughly 1,100 jobs by the end of March.", True),
        CAP("A Fairbrook Markets store in Mansfield, Ohio, one of 14 locations the chain plans to close."),
        P("Fairbrook Markets, the family-controlled grocery chain that has been a fixture in Ohio for more than seven decades, said on Tuesday that it would close 14 of its 96 stores by the end of March, the latest sign of strain among regional grocers squeezed by national discounters and warehouse clubs."),
        P("The closures will affect about 1,100 employees, the company said in a statement. Workers at the affected stores will be offered positions at other locations \"where possible,\" and those who do not transfer will receive severance based on years of service."),
        P("\"These are painful decisions, and they affect people who have given a great deal to this company,\" Marianne Fairbrook Tully, the chain's chief executive and a granddaughter of its founder, said in the statement. \"But we have to make the company stronger for the 82 stores that will remain.\""),
        P("The company said the stores being closed had been losing money for at least three years. Most are in smaller cities and suburbs where Fairbrook competes directly with newer discount chains. The stores that will close are:"),
        LI("Ashland, 1120 Claremont Avenue"),
        LI("Bucyrus, 405 East Mansfield Street"),
        LI("Chillicothe, 88 North Bridge Street"),
        LI("Defiance, 1501 Clinton Street"),
        LI("Findlay, 2230 Tiffin Avenue"),
        LI("Fremont, 717 West State Street"),
        LI("Lima, 1944 Elida Road"),
        LI("Mansfield, 1260 Park Avenue West"),
        LI("Marion, 600 Delaware Avenue"),
        LI("Norwalk, 312 Milan Avenue"),
        LI("Sandusky, 4015 Milan Road"),
        LI("Tiffin, 150 West Market Street"),
        LI("Wooster, 3280 Cleveland Road"),
        LI("Zanesville, 2901 Maple Avenue"),
        P("Analysts said the move was overdue. Fairbrook's share of the Ohio grocery market has slipped from about 14 percent in 2015 to under 9 percent last year, according to estimates from Redline Retail Analytics, a consulting firm in Columbus."),
        P("\"Regional chains are caught in the middle,\" said Omar Saleh, a partner at the firm. \"They can't match the discounters on price, and they can't match the big national players on technology and delivery. The ones that survive are going to be smaller and more focused.\""),
        P("The announcement comes as the grocery business in the Midwest has grown increasingly cutthroat. Several discount chains have opened dozens of stores in the region since 2022, and price competition on staples such as milk, eggs and bread has intensified as shoppers, still wary after years of high inflation, hunt for bargains."),
        P("In Marion, where one of the chain's two stores will close, the news landed hard. \"That store is the only one I can walk to,\" said Gloria Penn, 71, who was loading groceries into her car outside the store on Tuesday afternoon. \"I don't drive much anymore. I don't know what I'm going to do.\""),
        P("Local officials in several of the affected towns said they had not been told in advance. The union representing about 6,000 Fairbrook workers, Grocery and Retail Workers Local 880, said it was reviewing the company's plans and would seek to negotiate terms for employees who lose their jobs."),
        P("Update, 9:05 p.m.: In a message to employees on Tuesday evening, Ms. Tully said the company would also close its distribution center in Lima in early 2026 and consolidate operations at its main warehouse near Dayton. The company did not say how many additional jobs would be affected."),
        P("Founded in 1951 as a single store in Hamilton, Fairbrook Markets grew through the 1970s and 1980s into one of the largest independent grocers in the state. The company remains privately held; members of the founding family control a majority of its shares."),
    ],
    entities=[
        ("Fairbrook Markets", "ORG"), ("Fairbrook", "ORG"), ("Ohio", "LOC"), ("Cincinnati", "LOC"),
        ("Mansfield", "LOC"), ("Marianne Fairbrook Tully", "PER"), ("Tully", "PER"),
        ("Ashland", "LOC"), ("Claremont Avenue", "LOC"), ("Bucyrus", "LOC"), ("East Mansfield Street", "LOC"),
        ("Chillicothe", "LOC"), ("North Bridge Street", "LOC"), ("Defiance", "LOC"), ("Clinton Street", "LOC"),
        ("Findlay", "LOC"), ("Tiffin Avenue", "LOC"), ("Fremont", "LOC"), ("West State Street", "LOC"),
        ("Lima", "LOC"), ("Elida Road", "LOC"), ("Park Avenue West", "LOC"), ("Marion", "LOC"),
        ("Delaware Avenue", "LOC"), ("Norwalk", "LOC"), ("Milan Avenue", "LOC"), ("Sandusky", "LOC"),
        ("Milan Road", "LOC"), ("Tiffin", "LOC"), ("West Market Street", "LOC"), ("Wooster", "LOC"),
        ("Cleveland Road", "LOC"), ("Zanesville", "LOC"), ("Maple Avenue", "LOC"),
        ("Redline Retail Analytics", "ORG"), ("Columbus", "LOC"), ("Omar Saleh", "PER"), ("Midwest", "LOC"),
        ("Gloria Penn", "PER"), ("Grocery and Retail Workers Local 880", "ORG"), ("Dayton", "LOC"),
        ("Hamilton", "LOC"),
    ],
    phenomena=["ad-slots", "cookie-banner", "decoy-date", "footer-links", "json-ld", "list-in-body",
               "local-time-zone", "most-read", "nav-menu", "newsletter-box", "photo-caption", "related-list",
               "spa-hydration-data", "standfirst", "tag-list", "title-differs-from-headline", "updated-date"],
    notes="The served HTML is a loading skeleton: headline, dek, byline, dates, lead-image caption and body come from __NEXT_DATA__ (article.headline, not seoHeadline/socialHeadline); the app-rendered publishedAt/updatedAt are treated as visible, so no-visible-date is not tagged; the 'Update, 9:05 p.m.:' paragraph carries new reporting and is kept as a required paragraph; street names in the closure list are LOC without house numbers; the image credit is left out of the caption.",
))

# ---------------------------------------------------------------- northgate-ledger-04
A(Article(
    id="northgate-ledger-04", site="northgate-ledger",
    url="https://www.northgateledger.example/us/education/tamarack-valley-four-day-school-week-colorado",
    language="en",
    headline="A Colorado School District Tried a Four-Day Week. Now Parents Are Split Over Keeping It.",
    published="2017-02-27T08:15:00-05:00", modified="2017-02-28T09:40:00-05:00",
    authors=["Rebecca Lindqvist"],
    summary="",
    blocks=[
        CAP("Students board a bus after classes on a Friday, the last school day of the week in the Tamarack Valley district."),
        P("When the Tamarack Valley School District switched to a four-day school week in the fall of 2015, administrators pitched it as a way to save money and recruit teachers in a rural corner of Colorado where both were scarce. Eighteen months later, the district is preparing to decide whether to make the schedule permanent, and the community is deeply divided."),
        P("Under the schedule, the district's roughly 2,300 students attend classes Tuesday through Friday, with longer days to make up most of the lost instruction time. Mondays are used for teacher training, tutoring and optional activities, including a child care program the district runs at a reduced fee."),
        P("District officials say the change has saved about $410,000 a year, mostly in transportation and utility costs, and has made it easier to fill vacancies. Applications for teaching jobs rose by nearly 40 percent in the first year, according to the district. \"Teachers tell us the schedule is the reason they came,\" said Superintendent Gail Herrera. \"In a place where we can't compete on salary, that matters.\""),
        P("But the academic results have been mixed. Reading scores in the elementary grades held steady, while math scores in the middle school dipped slightly, a drop the district attributes in part to a new state test. A study commissioned by the school board and conducted by researchers at the Front Range Education Policy Center found no clear effect on achievement in either direction."),
        P("The sharpest complaints have come from working parents, who say the fifth day has become a weekly scramble for child care. \"It's fine if you have a grandparent nearby or a job that lets you work from home,\" said Marisol Vega, a nurse with two children in the district's elementary school. \"I don't have either. I pay for Monday out of my own pocket, every week.\""),
        P("Others have embraced the change. Jim Turley, who owns a cattle ranch outside the town of Cedar Bluff, said his sons now spend Mondays working alongside him. \"They're learning things a classroom can't teach them,\" he said. \"I'd fight to keep it.\""),
        P("Four-day weeks have spread quickly in rural districts in Colorado and elsewhere in the West, where long bus routes and small budgets make every day of operation expensive. Supporters say the schedule improves attendance and morale; critics say it shortchanges the students who most need time in school."),
        P("The school board is expected to vote on the schedule in April, after a series of public meetings. The first, held last Thursday in the high school cafeteria, drew more than 300 people and ran past 10 p.m. Aaron Whitfield, the board's president, said he had not decided how he would vote. \"I've heard good arguments on both sides,\" he said. \"Whatever we do, some people are going to be unhappy.\""),
        NOTE("Correction: Feb. 28, 2017. An earlier version of this article misstated the number of students in the district. It is about 2,300, not 3,200."),
    ],
    entities=[
        ("Colorado", "LOC"), ("Tamarack Valley", "LOC"), ("Tamarack Valley School District", "ORG"),
        ("Gail Herrera", "PER"), ("Front Range Education Policy Center", "ORG"), ("Marisol Vega", "PER"),
        ("Jim Turley", "PER"), ("Cedar Bluff", "LOC"), ("West", "LOC"), ("Aaron Whitfield", "PER"),
    ],
    phenomena=["ad-slots", "cookie-banner", "correction-note", "decoy-date", "footer-links", "html-entities",
               "json-ld", "local-time-zone", "localized-date", "most-read", "nav-menu", "newsletter-box",
               "noscript-content", "photo-caption", "related-list", "share-bar", "spa-hydration-data",
               "tag-list", "updated-date"],
    notes="The visible page is a script skeleton; headline, byline, dates, caption and body are read from the <noscript> article (identical to __NEXT_DATA__ bodyHtml); 'Feb. 27, 2017, 8:15 a.m. ET' is -05:00 (EST); the JSON-LD description has no visible counterpart, so there is no standfirst; the credit 'Luis Ortega for The Northgate Ledger' is removed from the caption; the correction is an optional note; 'the West' (region) is LOC.",
))

# ---------------------------------------------------------------- vauban-presse-02
A(Article(
    id="vauban-presse-02", site="vauban-presse",
    url="https://www.vauban-presse.example/fr/grand-format/2022/08/11/secheresse-drome-agriculteurs-irrigation-b72e01?page=2",
    language="fr",
    headline="Sécheresse : dans la Drôme, les agriculteurs réinventent l'irrigation",
    published="2022-08-11T06:30:00+02:00", modified=None,
    authors=["Agence Vauban Presse"],
    summary="",
    blocks=[
        H("Des retenues collinaires contestées"),
        P("À une vingtaine de kilomètres de là, sur les hauteurs de Crest, le paysage change. Une bâche noire de 4 000 mètres carrés tapisse le fond d'une retenue d'eau construite l'an dernier par six exploitations regroupées en association. Remplie l'hiver par le ruissellement, elle permet d'arroser 45 hectares de semences et de plantes aromatiques jusqu'à la fin du mois d'août."),
        P("« Sans cette réserve, nous aurions perdu la moitié de la récolte cette année », affirme Thierry Bonnefoy, qui cultive de la lavande et du thym avec son frère. Le projet a coûté 310 000 euros, dont 40 % financés par des aides publiques."),
        P("Mais ces ouvrages divisent. Pour le collectif Eau vive Drôme, qui a déposé deux recours devant la justice administrative, ils privent les cours d'eau d'une partie de leur alimentation au moment où ceux-ci en ont le plus besoin. « On stocke l'eau de tous au profit de quelques-uns », résume sa porte-parole, Nadège Rivoire."),
        H("Le goutte-à-goutte gagne du terrain"),
        P("Entre ces deux positions, une voie plus discrète progresse : celle de la sobriété. Selon les techniciens de la coopérative Terres du Diois, la surface équipée en goutte-à-goutte a été multipliée par trois en cinq ans dans la vallée. Les économies d'eau atteignent 30 à 50 % par rapport à l'aspersion classique."),
        P("Chez Mathilde Arnaud, maraîchère installée depuis 2015 près de Saillans, chaque rang de tomates possède désormais son propre tuyau percé, piloté par des sondes d'humidité plantées dans le sol. « Je n'arrose plus à l'heure, j'arrose quand la plante en a besoin », explique-t-elle en montrant l'application sur son téléphone."),
        P("L'investissement, environ 6 000 euros pour un hectare, a été amorti en deux saisons, assure-t-elle. Mais la technique a ses limites : elle convient mal aux grandes cultures comme le maïs ou le blé, qui couvrent encore l'essentiel des surfaces irriguées du département."),
        H("Des arrêtés de restriction à répétition"),
        P("Depuis le 18 juillet, l'ensemble du bassin versant est placé en situation de « crise », le niveau le plus élevé des restrictions. Les prélèvements agricoles y sont interdits, sauf pour l'abreuvement des animaux et quelques cultures bénéficiant de dérogations."),
        P("Pour Thierry Bonnefoy, ces arrêtés à répétition sont devenus « la nouvelle normalité ». « Il y a dix ans, on en parlait comme d'une année exceptionnelle. Aujourd'hui, on se demande quand ça s'arrêtera », dit-il."),
    ],
    entities=[
        ("Drôme", "LOC"), ("Crest", "LOC"), ("Thierry Bonnefoy", "PER"), ("Eau vive Drôme", "ORG"),
        ("Nadège Rivoire", "PER"), ("Terres du Diois", "ORG"), ("Mathilde Arnaud", "PER"), ("Saillans", "LOC"),
    ],
    phenomena=["ad-slots", "agency-byline", "amp", "cookie-banner", "date-in-url", "decoy-date",
               "footer-links", "json-ld", "kicker", "local-time-zone", "localized-date", "most-read",
               "nav-menu", "paginated", "related-list", "share-bar", "subheadings", "tag-list"],
    notes="AMP page 2 of 3 of a paginated feature: only this page's blocks, pagination links left out, and no standfirst on this page (the meta description has no visible counterpart); url is the canonical link as the brief asks, although the served AMP address (per the /amp/ prev/next links) would be .../amp/fr/grand-format/...?page=2; the byline names the agency itself; the closing reproduction-rights line is house boilerplate.",
))

# ---------------------------------------------------------------- vauban-presse-04
A(Article(
    id="vauban-presse-04", site="vauban-presse",
    url="https://www.vauban-presse.example/fr/depeche/entreprises/cyclane-velos-electriques-suppressions-postes-7731204",
    language="fr",
    headline="Vélos électriques : Cyclane voit ses ventes reculer et supprime 140 postes",
    published="2023-10-12T08:15:00+02:00", modified="2023-10-12T17:52:00+02:00",
    authors=["Agence Vauban Presse"],
    summary="Le fabricant nantais a vu son chiffre d'affaires baisser de 18 % sur les neuf premiers mois de l'année, pénalisé par des stocks pléthoriques chez les revendeurs.",
    blocks=[
        P("Le fabricant nantais a vu son chiffre d'affaires baisser de 18 % sur les neuf premiers mois de l'année, pénalisé par des stocks pléthoriques chez les revendeurs.", True),
        CAP("Un vélo à assistance électrique en fin d'assemblage sur une chaîne de l'usine Cyclane de Carquefou."),
        P("NANTES, 12 octobre 2023 (AVP) - Le fabricant de vélos à assistance électrique Cyclane a annoncé jeudi la suppression de 140 postes sur les 610 que compte son site de production de Carquefou, près de Nantes, après un net recul de ses ventes depuis le début de l'année."),
        P("Le chiffre d'affaires du groupe s'est établi à 96,4 millions d'euros sur les neuf premiers mois de 2023, contre 117,6 millions un an plus tôt, selon les comptes publiés par l'entreprise. Les volumes ont reculé plus fortement encore, de 24 %."),
        CAP("Cyclane : chiffre d'affaires et ventes en 2023"),
        T("Période\tChiffre d'affaires (M€)\tVélos vendus\tÉvolution du CA sur un an\n"
          "1er trimestre\t34,1\t21 800\t-9 %\n"
          "2e trimestre\t35,7\t22 300\t-17 %\n"
          "3e trimestre\t26,6\t16 900\t-28 %\n"
          "Neuf mois\t96,4\t61 000\t-18 %"),
        CAP("Source : Cyclane"),
        P("« Les revendeurs ont commandé massivement en 2021 et 2022, ils écoulent aujourd'hui leurs stocks avec des remises importantes et ne recommandent presque plus », a expliqué le directeur général, Bastien Le Goff, lors d'une conférence téléphonique avec des analystes."),
        H("Un plan de départs volontaires"),
        P("Les suppressions de postes passeront en priorité par un plan de départs volontaires et le non-renouvellement de 45 contrats à durée déterminée, a précisé la direction. Les syndicats ont été reçus dans la matinée."),
        P("« C'est un coup de massue pour des salariés à qui l'on demandait, il y a dix-huit mois, de travailler le samedi pour suivre la demande », a réagi Sophie Guérin, déléguée syndicale du site. Un débrayage est prévu vendredi devant l'usine."),
        P("Le secteur traverse une période difficile dans toute l'Europe après l'essor exceptionnel des années de pandémie. Plusieurs assembleurs européens ont réduit leur production ou cherché des repreneurs au cours des derniers mois."),
        H("Objectif : un retour à l'équilibre en 2025"),
        P("Cyclane, qui emploie au total 780 personnes en France, table désormais sur un chiffre d'affaires annuel d'environ 125 millions d'euros, contre 150 millions prévus initialement. Le groupe vise un retour à l'équilibre d'exploitation en 2025, grâce notamment à une nouvelle gamme de vélos cargo destinés aux artisans et aux collectivités."),
        P("Fondée en 2012 par deux ingénieurs issus de l'industrie automobile, l'entreprise avait ouvert son capital en 2021 à un fonds d'investissement régional, Atlantique Croissance, qui en détient 34 %."),
    ],
    entities=[
        ("Cyclane", "ORG"), ("nantais", "MISC"), ("Carquefou", "LOC"), ("NANTES", "LOC"), ("Nantes", "LOC"),
        ("AVP", "ORG"), ("Bastien Le Goff", "PER"), ("Sophie Guérin", "PER"), ("Europe", "LOC"),
        ("européens", "MISC"), ("France", "LOC"), ("Atlantique Croissance", "ORG"),
    ],
    phenomena=["ad-slots", "agency-byline", "amp", "cookie-banner", "dateline", "decoy-date", "footer-links",
               "json-ld", "kicker", "local-time-zone", "localized-date", "most-read", "nav-menu",
               "photo-caption", "related-list", "share-bar", "standfirst", "subheadings", "table-in-body",
               "tag-list", "title-differs-from-headline", "updated-date"],
    notes="The table's <caption> and its 'Source : Cyclane' line are optional caption blocks around the table; the 'Mise à jour' flag and '(ajoute réaction syndicale)' belong to the update line, not the body; the dateline 'NANTES, 12 octobre 2023 (AVP) -' stays in the first paragraph; the demonym adjectives 'nantais' and 'européens' are MISC; '© AVP / Yann Le Moal' is removed from the caption.",
))

# ---------------------------------------------------------------- end

if __name__ == "__main__":
    only = set(sys.argv[1:])
    for art in ARTICLES:
        if only and art.id not in only:
            continue
        print(emit_second(art))
