"""Short everyday words that tell which language a draft is written in: data for the decision
whether the packs that read English (``core.language``) can read a draft at all.

Lower-case words, as ``core.draft.Draft.words`` splits a draft: at apostrophes too ("don't"
is "don" and "t"). ``ENGLISH`` holds English function words that are not also everyday words of
the other languages care staff in the UK write in: "a", "i", "o", "to", "do", "no", "na", "my",
"we", "on", "me", "he", "at", "is", "in", "an", "so", "la" and "de" are left out, since Polish,
Welsh, Spanish or Romanian use them on every line ("to jest", "i'r", "do domu", "my", "we
wtorek", "at y", "me gusta"). ``OTHER`` holds function words of those languages that English
sentences never use, not even as names or text speak ("yn", "mae", "jest", "nie", "que", "și").
A new language is a line of words here.
"""

from __future__ import annotations

from ..wordlists import word_set

ENGLISH = word_set(
    """the and of you it that for with this have has had are was were be been being not but they
    them their there what when where which who whom whose why how your ours yours she her hers his
    him don didn doesn isn wasn aren couldn shouldn wouldn haven hasn would should could will can
    may might must shall just also
    very really from into about after before than then because if or all any some every each does
    did doing done get got going want need know think one ones us its these those here out up
    down over only again still even much many more most such other another anyone someone
    everyone something anything nothing thanks thank please yes today tomorrow yesterday tonight
    week day night time work shift home mum dad anybody somebody though through while until since
    without our let"""
)

OTHER = word_set(
    """
    yn mae roedd oedd wedi ddim dydy dydw dw rwy rydw rydych rydyn ydy ydw ydyn ond hefyd gyda
    efo gan fel y ei fy dy ein eich nhw fe fo hyn yma yno iawn diolch noswaith heddiw
    yfory ddoe pawb rhywun gallu gallwch fydd bydd byddaf oes sydd cael gael mewn ar ble
    pryd sut pwy achos
    jest nie się że czy już tak też tylko jestem jesteś są był była było będzie masz mamy macie
    mają dla przez przy bez nad oraz albo lub żeby bardzo dzisiaj jutro wczoraj proszę dziękuję
    dzień dobry cześć pani pana panu mnie jej ich tego tej te kto gdzie kiedy dlaczego może
    trzeba można musi
    și nu este sunt în că să mai pentru fost avem aveți foarte bine azi mâine ieri vă îmi îți îi
    ne le lui ei mea meu tău doamna domnul mulțumesc bună ziua seara unde când ce cine dar sau
    deci după până fără
    el los las que es por una muy pero está están estoy estamos tengo tiene hola gracias buenos
    buenas días hoy mañana ayer señora señor también cuando donde como qué quién porque sobre
    entre hasta desde nosotros ellos usted ustedes
    não é uma você estou obrigado obrigada bom dia hoje amanhã ontem também muito
    je vous une du avec qui dans sur nous sont merci bonjour très
    il che sono grazie buongiorno oggi domani anche molto questo quella
    der und ist nicht ich das ein eine zu auf für sich auch wir ihr danke heute morgen
    ir yra kad labai ačiū šiandien rytoj
    ang ng mga ako ikaw siya kami tayo sila naman lang po kasi
    hai nahi nahin kya aap hum hain bhi mera meri tum
    """
)
