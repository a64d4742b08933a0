"""Welsh (Cymraeg): every pack's title and description and every rule's message, why and
suggestion, keyed by id. Written in the register of Welsh public bodies ("chi" forms). The guide's
tips are named as in TIPS below wherever a rule quotes one. Translations marked for a Welsh
speaker's review are listed in extension/_locales/cy/REVIEW.md."""

from __future__ import annotations

from . import PackText, RuleText

# The guide's tips, as the Welsh texts quote them (core.model.Tip's values).
TIPS = {
    "Think before you post": "Meddyliwch cyn postio",
    "Think about who will see your post": "Meddyliwch pwy fydd yn gweld eich neges",
    "Maintain appropriate professional standards of communication": (
        "Cadwch at safonau cyfathrebu proffesiynol priodol"
    ),
    "Do not post unique identifiers": "Peidiwch â phostio dynodwyr unigryw",
    "Do not post offensive or inappropriate material": (
        "Peidiwch â phostio deunydd sarhaus neu amhriodol"
    ),
    "WhatsApp: be useful in large groups": "WhatsApp: byddwch yn ddefnyddiol mewn grwpiau mawr",
}

PACKS = {
    "identifiers": PackText(
        "Dynodwyr",
        "Yn sylwi ar fanylion a allai ddatgelu pwy yw rhywun rydych chi'n ei gefnogi, fel rhifau "
        "GIG, fel nad ydynt byth yn cyrraedd grŵp.",
    ),
    "offensive": PackText(
        "Deunydd sarhaus",
        "Yn sylwi ar regfeydd, geiriau difrïol, sarhad, bygythiadau a datganiadau atgas am "
        "grwpiau o bobl, hyd yn oed pan fo'r llythrennau wedi'u cuddio.",
    ),
    "professional": PackText(
        "Safonau proffesiynol",
        "Yn sylwi ar dôn sy'n swnio fel sgwrs rhwng ffrindiau, gweiddi, siarad ar ran sefydliad, "
        "cyfrinachau a chyngor am feddyginiaeth, fel bod negeseuon yn aros o fewn y rôl.",
    ),
    "peer_support": PackText(
        "Cymorth gan gymheiriaid",
        "Yn sylwi ar bwyso ar y grŵp am atebion, atebion sydd ond yn dweud na allwch chi helpu, "
        "ac atebion a allai ddiystyru gofid rhywun.",
    ),
    "audience": PackText(
        "Cynulleidfa",
        "Yn eich atgoffa pwy allai ddarllen neges am waith ar Facebook neu LinkedIn, ac yn "
        "cynnig prawf 'fi' cyn i chi ateb rhywun.",
    ),
    "custom": PackText(
        "Eich enwau a'ch ymadroddion eich hun",
        "Yn sylwi ar enwau pobl rydych chi'n eu cefnogi a'r ymadroddion a ychwanegoch chi eich "
        "hun; mae'r rhestrau'n aros ar eich dyfais.",
    ),
}

RULES = {
    # identifiers
    "identifiers.nhs_number": RuleText(
        "Mae hwn yn edrych fel rhif GIG.",
        "Mae rhif GIG yn arwain at gofnod iechyd un person, ac mae tip y canllaw 'Peidiwch â "
        "phostio dynodwyr unigryw' yn gofyn na ddylai'r un gyrraedd grŵp, pa mor breifat bynnag "
        "yw'r grŵp.",
        "Tynnwch y rhif allan, neu disgrifiwch y sefyllfa hebddo.",
        "[rhif GIG]",
    ),
    "identifiers.possible_nhs_number": RuleText(
        "Gallai'r rhif deg digid hwn fod yn rhif GIG.",
        "Mae'n pasio digid gwirio rhif GIG mewn neges am ofal; os mai rhif GIG rhywun yw hwn, "
        "mae'r tip 'Peidiwch â phostio dynodwyr unigryw' yn gofyn iddo aros allan o'r grŵp.",
        "Os rhif GIG yw hwn, tynnwch ef allan; os mai rhif archeb neu gyfeirnod yw, anwybyddwch "
        "hyn.",
        "[rhif]",
    ),
    "identifiers.chi_number": RuleText(
        "Mae hwn yn edrych fel rhif CHI (rhif gwasanaeth iechyd yr Alban).",
        "Mae rhif CHI yn cynnwys dyddiad geni person ac yn agor ei gofnod iechyd yn yr Alban, "
        "felly o dan 'Peidiwch â phostio dynodwyr unigryw' dylai aros allan o bob grŵp.",
        "Tynnwch y rhif allan; gall y grŵp helpu hebddo.",
        "[rhif CHI]",
    ),
    "identifiers.hc_number": RuleText(
        "Mae hwn yn edrych fel rhif Iechyd a Gofal Gogledd Iwerddon.",
        "Mae rhif Iechyd a Gofal yn unigryw i un person yng Ngogledd Iwerddon, felly mae'r tip "
        "'Peidiwch â phostio dynodwyr unigryw' yn berthnasol iddo gymaint ag i rif GIG.",
        "Tynnwch y rhif allan, neu disgrifiwch y sefyllfa hebddo.",
        "[rhif Iechyd a Gofal]",
    ),
    "identifiers.ni_number": RuleText(
        "Mae hwn yn edrych fel rhif Yswiriant Gwladol.",
        "Mae rhif Yswiriant Gwladol yn perthyn i un person am oes a gellir ei gamddefnyddio, a "
        "dyna pam mae 'Peidiwch â phostio dynodwyr unigryw' yn ei gynnwys.",
        "Tynnwch y rhif allan; does neb yn y grŵp ei angen er mwyn helpu.",
        "[rhif Yswiriant Gwladol]",
    ),
    "identifiers.phone": RuleText(
        "Mae hwn yn edrych fel rhif ffôn personol.",
        "Mae rhif ffôn yn arwain yn syth at berson a'i deulu, felly mae'r tip 'Peidiwch â "
        "phostio dynodwyr unigryw' yn gofyn i chi ei gadw allan o'r grŵp.",
        "Tynnwch y rhif allan, neu cynigiwch ei rannu'n breifat.",
        "[rhif ffôn]",
    ),
    "identifiers.email": RuleText(
        "Mae hwn yn edrych fel cyfeiriad e-bost personol.",
        "Mae cyfeiriad e-bost yn enwi ac yn cyrraedd un person, felly mae 'Peidiwch â phostio "
        "dynodwyr unigryw' yn ei gadw o olwg y grŵp.",
        "Tynnwch y cyfeiriad allan, neu cynigiwch ei rannu'n breifat.",
        "[e-bost]",
    ),
    "identifiers.date_of_birth": RuleText(
        "Mae hwn yn edrych fel dyddiad geni rhywun.",
        "Mae dyddiad geni, gyda bron unrhyw fanylyn arall, yn dangos pwy yw un person, felly "
        "mae'r tip 'Peidiwch â phostio dynodwyr unigryw' yn gofyn i chi ei adael allan.",
        "Gadewch y dyddiad allan; mae ystod oedran fel 'yn ei hwythdegau' fel arfer yn ddigon.",
        "[dyddiad geni]",
    ),
    "identifiers.postcode": RuleText(
        "Mae hwn yn edrych fel cod post llawn.",
        "Mae cod post llawn yn cyfyngu cartref i ddyrnaid o ddrysau, felly mae 'Peidiwch â "
        "phostio dynodwyr unigryw' yn gofyn i chi roi dim mwy na'r dref.",
        "Rhowch y dref neu'r ardal yn lle'r cod post.",
        "[cod post]",
    ),
    "identifiers.address": RuleText(
        "Mae hwn yn edrych fel cyfeiriad cartref.",
        "Mae rhif tŷ a stryd yn arwain unrhyw un at ddrws person, ac mae'r tip 'Peidiwch â "
        "phostio dynodwyr unigryw' yn gofyn i chi beidio byth â'u rhannu mewn grŵp.",
        "Rhowch y dref neu'r ardal yn lle cyfeiriad y stryd.",
        "[cyfeiriad]",
    ),
    "identifiers.record_number": RuleText(
        "Mae hwn yn edrych fel rhif ysbyty, rhif achos neu rif cofnod.",
        "Mae rhif ysbyty neu rif achos yn agor ffeil un person i unrhyw un sydd â mynediad, "
        "felly mae'r tip 'Peidiwch â phostio dynodwyr unigryw' yn ei gynnwys hefyd.",
        "Tynnwch y rhif allan; disgrifiwch y sefyllfa yn lle hynny.",
        "[rhif cofnod]",
    ),
    "identifiers.name": RuleText(
        "Mae hwn yn edrych fel enw rhywun rydych chi'n ei gefnogi.",
        "Gall enw, hyd yn oed enw cyntaf gyda theitl, fod yn ddigon i bobl sy'n adnabod y "
        "person, felly mae 'Peidiwch â phostio dynodwyr unigryw' yn gofyn i chi ei adael allan.",
        "Defnyddiwch ddisgrifiad yn lle hynny, fel 'gwraig rwy'n ei chefnogi'.",
        "[enw]",
    ),
    "identifiers.combination": RuleText(
        "Gyda'i gilydd, gallai'r manylion hyn ddatgelu pwy yw'r person rydych chi'n ei ddisgrifio.",
        "Mae oedran, cyflwr, lle ac enw cyntaf yn ymddangos yn ddiniwed bob un, ond gyda'i "
        "gilydd gallant arwain at un person, ac mae'r tip 'Peidiwch â phostio dynodwyr unigryw' "
        "yn rhybuddio yn erbyn hynny.",
        "Gadewch un neu ddau o'r manylion allan, fel yr ystafell, y dref neu'r union oedran.",
    ),
    # offensive
    "offensive.slur": RuleText(
        "Mae'r gair hwn yn air difrïol.",
        "Mae gair difrïol yn bychanu pobl am bwy ydyn nhw a gall unrhyw un yn y grŵp ei ddarllen "
        "fel casineb; dyma beth mae'r tip 'Peidiwch â phostio deunydd sarhaus neu amhriodol' yn "
        "ymwneud ag ef.",
        "Ystyriwch dynnu'r gair allan, neu enwi'r grŵp mewn termau niwtral.",
    ),
    "offensive.profanity": RuleText(
        "Rheg yw hon.",
        "Gall rheg y byddai ffrindiau'n ei hanwybyddu swnio'n amhroffesiynol neu'n elyniaethus i "
        "gymheiriaid, ac mae'r tip 'Peidiwch â phostio deunydd sarhaus neu amhriodol' yn "
        "berthnasol iddi hefyd.",
        "Ystyriwch air mwy ysgafn: bydd eich pwynt yn dal i ddod drosodd.",
    ),
    "offensive.insult": RuleText(
        "Gallai hyn gael ei ddarllen fel sarhad wedi'i anelu at bobl.",
        "Mae galw enwau ar berson neu grŵp yn troi trafodaeth yn ffrae, ac mae'r tip 'Peidiwch â "
        "phostio deunydd sarhaus neu amhriodol' yn gofyn i ni sôn am gymheiriaid gyda pharch.",
        "Ystyriwch ddweud beth yw'r broblem yn hytrach na beth yw'r person.",
    ),
    "offensive.threat": RuleText(
        "Mae hyn yn darllen fel bygythiad neu ddymuniad i rywun gael niwed.",
        "Gall geiriau sy'n bygwth neu'n dymuno niwed godi ofn ar bobl a gallant fod yn drosedd, "
        "a dyna pam mae'r tip 'Peidiwch â phostio deunydd sarhaus neu amhriodol' yn rhybuddio "
        "yn eu herbyn.",
        "Ystyriwch dynnu hyn allan; os ydych chi'n ddig, efallai y gall y grŵp helpu gyda'r achos.",
    ),
    "offensive.dehumanising": RuleText(
        "Mae hyn yn sôn am bobl fel fermin, baw neu afiechyd.",
        "Mae disgrifio pobl fel anifeiliaid, baw neu afiechyd yn gwadu eu dynoliaeth, ac mae'r "
        "tip 'Peidiwch â phostio deunydd sarhaus neu amhriodol' yn ei wahardd mewn unrhyw grŵp.",
        "Ystyriwch ddisgrifio beth wnaeth pobl, nid eu cymharu â phethau.",
    ),
    "offensive.derogatory_group": RuleText(
        "Mae hyn yn dweud rhywbeth difrïol am grŵp o bobl.",
        "Gall lladd ar grŵp cyfan am bwy ydyn nhw frifo aelodau, cydweithwyr a'r bobl rydyn ni'n "
        "eu cefnogi, ac mae'r tip 'Peidiwch â phostio deunydd sarhaus neu amhriodol' yn ei "
        "gynnwys.",
        "Ystyriwch a yw hyn yn deg i bob aelod o'r grŵp; os nad yw, aralleiriwch ef.",
    ),
    # professional
    "professional.over_familiar": RuleText(
        "Gallai enwau anwes swnio fel sgwrs rhwng ffrindiau yn hytrach na rhwng cymheiriaid.",
        "Mae grŵp o gymheiriaid yn lle gwaith, felly mae'r tip 'Cadwch at safonau cyfathrebu "
        "proffesiynol priodol' yn gofyn i ni ysgrifennu fel y rôl, nid fel ffrind neu berthynas.",
        "Ystyriwch gyfarch pobl wrth eu henw.",
    ),
    "professional.kisses": RuleText(
        "Gallai cusanau swnio fel sgwrs rhwng ffrindiau yn hytrach na rhwng cymheiriaid.",
        "Mae rhwydwaith proffesiynol yn lle gwaith, felly mae'r tip 'Cadwch at safonau "
        "cyfathrebu proffesiynol priodol' yn gofyn i ni orffen ein negeseuon fel y rôl.",
        "Ystyriwch orffen heb gusanau.",
    ),
    "professional.text_speak": RuleText(
        "Gallai iaith negeseuon testun swnio'n ffwrdd-â-hi mewn grŵp o gymheiriaid.",
        "Mae byrfoddau fel 'gr8' neu 'thx' yn darllen fel sgwrs rhwng ffrindiau, ac mae'r tip "
        "'Cadwch at safonau cyfathrebu proffesiynol priodol' yn gofyn am arddull y rôl.",
        "Ystyriwch ysgrifennu'r geiriau'n llawn.",
    ),
    "professional.emoji_run": RuleText(
        "Gallai rhes hir o emoji swnio'n ffwrdd-â-hi mewn grŵp o gymheiriaid.",
        "Mae rhesi o emoji yn gweddu i sgwrs gyda ffrindiau; mae'r tip 'Cadwch at safonau "
        "cyfathrebu proffesiynol priodol' yn gofyn i ni gyd-fynd â thôn y rôl.",
        "Ystyriwch a fyddai un emoji, neu ychydig eiriau, yn ei ddweud yn well.",
    ),
    "professional.shouting": RuleText(
        "Gallai brawddegau cyfan mewn priflythrennau ddarllen fel gweiddi.",
        "Mae priflythrennau'n darllen fel llais uchel, ac mae'r tip 'Cadwch at safonau "
        "cyfathrebu proffesiynol priodol' yn gofyn i ni gadw'r dôn y bydden ni'n ei defnyddio "
        "wyneb yn wyneb yn y gwaith.",
        "Ystyriwch ei ysgrifennu mewn llythrennau arferol; gall print trwm neu linell gyntaf "
        "glir ddangos ei fod yn fater brys.",
    ),
    "professional.exclamations": RuleText(
        "Gallai sawl ebychnod yn olynol ddarllen fel gweiddi.",
        "Mae rhes o ebychnodau'n codi'r llais, ac mae'r tip 'Cadwch at safonau cyfathrebu "
        "proffesiynol priodol' yn gofyn am dôn dawel a gwastad.",
        "Ystyriwch un ebychnod, neu ddim un.",
    ),
    "professional.speaking_for_organisation": RuleText(
        "Gallai hyn gael ei ddarllen fel safbwynt swyddogol sefydliad.",
        "Gall negeseuon sy'n siarad ar ran cyflogwr gael eu dyfynnu fel ei safbwynt, felly mae'r "
        "tip 'Cadwch at safonau cyfathrebu proffesiynol priodol' yn gofyn a ydych chi'n "
        "cynrychioli eich hun neu eich sefydliad.",
        "Ystyriwch a oes gennych ganiatâd i siarad ar eu rhan, neu dywedwch mai eich barn chi "
        "eich hun yw hi.",
    ),
    "professional.confidential": RuleText(
        "Gallai hyn rannu rhywbeth a ddywedwyd neu a gedwir yn gyfrinachol.",
        "Nid yw grŵp byth yn gwbl breifat, ac mae'r tip 'Cadwch at safonau cyfathrebu "
        "proffesiynol priodol' yn gofyn i ni gadw cyfrinachau a ffiniau proffesiynol.",
        "Ystyriwch adael y rhan gyfrinachol allan, neu ei chodi gyda'ch rheolwr y tu allan i'r "
        "grŵp.",
    ),
    "professional.safeguarding_matter": RuleText(
        "Gallai hyn rannu manylion mater diogelu sy'n fyw.",
        "Mae gwaith diogelu'n dibynnu ar ddisgresiwn, ac mae'r tip 'Cadwch at safonau "
        "cyfathrebu proffesiynol priodol' yn gofyn i ni gadw materion o'r fath i'r sianeli "
        "priodol.",
        "Ystyriwch ofyn mewn termau cyffredinol, ac ewch â'r manylion at eich arweinydd diogelu.",
    ),
    "professional.clinical_advice": RuleText(
        "Mae hyn yn darllen fel cyngor i newid meddyginiaeth rhywun.",
        "Y rhagnodydd sy'n penderfynu ar newidiadau i feddyginiaeth, ac mae'r tip 'Cadwch at "
        "safonau cyfathrebu proffesiynol priodol' yn gofyn i ni aros o fewn ein rôl wrth roi "
        "cyngor.",
        "Ystyriwch awgrymu eu bod yn gofyn i'r meddyg teulu neu'r fferyllydd yn lle hynny.",
    ),
    "professional.running_down": RuleText(
        "Gallai hyn ddarllen fel lladd ar gydweithiwr neu gyflogwr yn gyhoeddus.",
        "Gall beirniadaeth a bostir mewn grŵp gyrraedd y bobl a enwir, ac mae'r tip 'Cadwch at "
        "safonau cyfathrebu proffesiynol priodol' yn gofyn i ni ei chodi yn y lle iawn.",
        "Ystyriwch ddisgrifio'r broblem y mae angen help arnoch gyda hi yn hytrach na'r person "
        "neu'r corff.",
    ),
    "professional.boundaries": RuleText(
        "Gallai hyn ddisgrifio camu y tu hwnt i ffiniau proffesiynol gyda rhywun rydych chi'n ei "
        "gefnogi.",
        "Mae cyfeillgarwch, nosweithiau allan ac arian yn cymylu'r ffin rhwng y gweithiwr a'r "
        "person sy'n cael ei gefnogi, ac mae'r tip 'Cadwch at safonau cyfathrebu proffesiynol "
        "priodol' yn gofyn i ni gofio ffiniau proffesiynol.",
        "Ystyriwch drafod hyn gyda'ch rheolwr neu'ch goruchwyliwr yn hytrach nag yn y grŵp.",
    ),
    "professional.demeaning": RuleText(
        "Gallai hyn ddarllen fel bychanu'r bobl rydych chi'n eu cefnogi.",
        "Gall labeli a jôcs am y bobl rydyn ni'n eu cefnogi eu cyrraedd nhw a'u teuluoedd, ac "
        "mae'r tip 'Cadwch at safonau cyfathrebu proffesiynol priodol' yn gofyn i ni ysgrifennu "
        "amdanynt gyda pharch y rôl.",
        "Ystyriwch ddisgrifio beth ddigwyddodd heb y label na'r jôc.",
    ),
    # peer_support
    "peer_support.chasing": RuleText(
        "Gallai hyn ddarllen fel pwyso ar y grŵp am ateb.",
        "Mae cymheiriaid yn ateb yn eu hamser eu hunain, ac o dan y tip 'Peidiwch â phostio "
        "deunydd sarhaus neu amhriodol' mae'r canllaw yn gofyn i ni beidio â phwyso ar bobl am "
        "ymatebion.",
        "Ystyriwch roi cynnig ar ffynhonnell arall, platfform arall neu gyswllt y tu allan i'r "
        "grŵp os oes angen ateb arnoch yn fuan.",
    ),
    "peer_support.mention_chase": RuleText(
        "Gallai tagio rhes o bobl am ateb deimlo fel pwysau arnyn nhw.",
        "Mae pob tag yn anfon hysbysiad, ac o dan y tip 'Peidiwch â phostio deunydd sarhaus neu "
        "amhriodol' mae'r canllaw yn gofyn i ni beidio â defnyddio'r grŵp i bwyso ar bobl am "
        "atebion.",
        "Ystyriwch ofyn i'r grŵp unwaith, neu anfon neges at yr un person sydd fwyaf tebygol o "
        "wybod.",
    ),
    "peer_support.guilt_trip": RuleText(
        "Gallai hyn ddarllen fel beio'r grŵp am beidio ag ateb.",
        "Mae cymheiriaid yn rhoi'r amser y gallant, ac o dan y tip 'Peidiwch â phostio deunydd "
        "sarhaus neu amhriodol' mae'r canllaw yn gofyn i ni beidio â defnyddio'r grŵp i bwyso ar "
        "bobl am ymatebion.",
        "Ystyriwch ofyn eto'n syml, neu roi cynnig ar ffynhonnell arall; efallai nad yw pobl yn "
        "gwybod.",
    ),
    "peer_support.pressing_to_disclose": RuleText(
        "Gallai hyn bwyso ar rywun i rannu mwy nag y mae'n dymuno.",
        "Mae pobl yn rhannu ar eu cyflymder eu hunain mewn grŵp cymheiriaid; mae'r tip "
        "'Meddyliwch cyn postio' yn gofyn sut y bydd y person y mae ateb wedi'i anelu ato yn ei "
        "dderbyn.",
        "Ystyriwch roi gwybod i bobl y gallant rannu cymaint neu gyn lleied ag y mynnant.",
    ),
    "peer_support.telling_to_leave": RuleText(
        "Gallai hyn ddweud wrth aelodau sydd ond yn darllen nad ydynt yn perthyn.",
        "Mae llawer o aelodau'n darllen ac yn dysgu heb bostio, ac mae'r tip 'Meddyliwch cyn "
        "postio' yn gofyn sut y bydd cymheiriaid yn ymateb i'r hyn rydyn ni'n ei ysgrifennu.",
        "Ystyriwch wahodd pobl i gymryd rhan yn hytrach na gofyn iddynt adael.",
    ),
    "peer_support.low_value_reply": RuleText(
        "Mae ateb sydd ond yn dweud na allwch chi helpu yn hysbysu pawb heb helpu.",
        "Mewn grŵp mawr mae pob ateb yn canu hysbysiad i bob aelod, ac mae'r tip 'WhatsApp: "
        "byddwch yn ddefnyddiol mewn grwpiau mawr' yn gofyn a yw 'na, mae'n ddrwg gen i' yn "
        "helpu'r person a ofynnodd.",
        "Ystyriwch ei adael i'r rhai sy'n gwybod, neu ymateb i'r neges yn lle hynny; mae'r "
        "person sy'n gofyn yn gobeithio cael ateb.",
    ),
    "peer_support.dismissive": RuleText(
        "Gallai hyn swnio fel diystyru sut mae'r person yn teimlo.",
        "Mae rhywun sy'n postio mewn gofid eisiau teimlo bod rhywun yn gwrando; mae'r tip "
        "'Meddyliwch cyn postio' yn gofyn sut y bydd ateb yn cael ei dderbyn, ac a fydden ni'n "
        "ei weld yn gefnogol ein hunain.",
        "Ystyriwch gydnabod sut maen nhw'n teimlo cyn cynnig unrhyw beth arall.",
    ),
    "peer_support.minimising": RuleText(
        "Gallai cymharu â rhywbeth gwaeth wneud i'r person deimlo nad yw ei bryder yn cyfrif.",
        "Gall pwyso trafferth rhywun yn erbyn trafferthion eraill deimlo fel cael gwybod nad "
        "yw'n bwysig; mae'r tip 'Meddyliwch cyn postio' yn gofyn sut y bydd yr ateb yn cael ei "
        "dderbyn.",
        "Ystyriwch ddweud pa mor anodd mae'n swnio, a beth a'ch helpodd chi, yn lle hynny.",
    ),
    # audience
    "audience.work_on_wide_site": RuleText(
        "Mae hyn yn sôn am waith neu'r bobl rydych chi'n eu cefnogi ar wefan y gall llawer o "
        "bobl ei gweld.",
        "Nid yw gosodiadau preifatrwydd yn atal neges rhag cael ei rhannu neu gael llun sgrin "
        "ohoni, felly mae'r tip 'Meddyliwch pwy fydd yn gweld eich neges' yn gofyn pwy y tu hwnt "
        "i'r grŵp allai ei darllen yn y pen draw.",
        "Ystyriwch pwy allai ddarllen hyn y tu hwnt i'r grŵp: eich cyflogwr, y bobl rydych "
        "chi'n eu cefnogi, eu teuluoedd.",
    ),
    "audience.reply_me_test": RuleText(
        "Cyn ateb, rhowch gynnig ar y prawf 'fi': a fyddai hyn yn eich helpu chi petaech chi "
        "wedi gofyn?",
        "Mae ateb yn cyrraedd rhywun a ofynnodd am help, felly mae'r tip 'Meddyliwch cyn "
        "postio' yn awgrymu gwirio y byddai'n teimlo'n ddefnyddiol ac yn gefnogol i'w dderbyn.",
        "Ystyriwch ei ddarllen unwaith fel y person a ofynnodd, ac yna ei anfon.",
    ),
    # custom
    "custom.name": RuleText(
        "Mae hwn yn enw ar eich rhestr o bobl rydych chi'n eu cefnogi.",
        "Fe wnaethoch chi restru'r enw hwn fel rhywun rydych chi'n ei gefnogi, ac mae 'Peidiwch "
        "â phostio dynodwyr unigryw' yn gofyn nad oes dim mewn neges yn gadael i eraill wybod "
        "pwy ydyn nhw.",
        "Defnyddiwch ddisgrifiad yn lle hynny, fel 'gŵr bonheddig rwy'n ei gefnogi'.",
        "[enw]",
    ),
    "custom.phrase": RuleText(
        "Dyma un o'r ymadroddion y gofynnoch chi am gael eich atgoffa amdanynt.",
        "Fe wnaethoch chi ychwanegu'r ymadrodd hwn at eich rhestr eich hun, felly mae'n werth "
        "oedi am eiliad, fel y mae'r tip 'Meddyliwch cyn postio' yn ei ddweud, a gwirio ei fod "
        "yn perthyn yma.",
        "Darllenwch y frawddeg eto, a'i chadw dim ond os ydych chi'n hapus i unrhyw un ei gweld.",
    ),
}
