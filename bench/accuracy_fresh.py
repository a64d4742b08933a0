"""Accuracy of all packs on the fresh batches: drafts written without reading the rules.

    python -m bench.accuracy_fresh [--batch NAME] [--misses]

The batches live in ``bench/fresh/`` (see its README for how they were written):

- ``batch1.jsonl``: for tuning; ``--misses`` lists what the core missed and raised on it.
- ``heldout1.jsonl``: held out. Nothing is ever tuned on it, so ``--misses`` refuses it: read its
  totals only.
- ``batch2.jsonl`` (tuning) and ``heldout2.jsonl`` (held out), written later with other people,
  places and phrasings; ``heldout3.jsonl`` (held out), written after the second round of tuning;
  ``heldout4.jsonl`` (held out), written later still; ``heldout5.jsonl`` (held out), written
  after ``heldout4`` was scored, for issue 14's closing figures; ``heldout6.jsonl`` (held out),
  a second closing batch, written while the rules were being changed;
  ``heldout7.jsonl`` (held out), a third closing batch, written before the sixth round of rules;
  ``heldout8.jsonl`` (held out), a fourth closing batch, written by an eighth hand before the
  seventh round of rules; ``heldout9.jsonl`` (held out), a fifth closing batch, written by a
  ninth hand after the seventh round and before the eighth; ``heldout10.jsonl`` (held out), a
  sixth closing batch, written by a tenth hand after the eighth round and before the ninth;
  ``heldout11.jsonl`` (held out), a seventh closing batch, written by an eleventh hand after
  the ninth round; ``heldout12.jsonl`` (held out), an eighth closing batch, written by a
  twelfth hand after the tenth round; ``heldout13.jsonl`` (held out), a ninth closing batch,
  written by a thirteenth hand after the eleventh round; ``heldout14.jsonl`` (held out), a
  tenth closing batch, written by a fourteenth hand, blind, after the twelfth round;
  ``heldout15.jsonl`` (held out), an eleventh closing batch, written by a fifteenth hand,
  blind, after the thirteenth round; ``heldout16.jsonl`` (held out), a twelfth closing batch,
  written by a sixteenth hand, blind, after the fourteenth round; ``heldout17.jsonl`` (held
  out), a thirteenth closing batch, written by a seventeenth hand, blind, after the fifteenth
  round; ``heldout18.jsonl`` (held out), a fourteenth closing batch, written by an eighteenth
  hand, blind, after the sixteenth round; ``heldout19.jsonl`` (held out), a fifteenth closing
  batch, written by a nineteenth hand, blind, after the seventeenth round;
  ``heldout20.jsonl`` (held out), a sixteenth closing batch, written by a twentieth hand, blind,
  after the eighteenth round; ``heldout21.jsonl`` (held out), a seventeenth closing batch,
  written by a twenty-first hand, blind, after the nineteenth round; ``heldout22.jsonl`` (held
  out), an eighteenth closing batch, written by a twenty-second hand, blind, after the twentieth
  round; ``heldout23.jsonl`` (held out), a nineteenth closing batch, written by a twenty-third
  hand, blind, after the twenty-first round; ``heldout24.jsonl`` (held out), a twentieth
  closing batch, written by a twenty-fourth hand, blind, after the twenty-second round;
  ``heldout25.jsonl`` (held out), a twenty-first closing batch, written by a twenty-fifth
  hand, blind, after the twenty-third round; ``heldout26.jsonl`` (held out), a twenty-second
  closing batch, written by a twenty-sixth hand, blind, after the twenty-fourth round;
  ``heldout27.jsonl`` (held out), a twenty-third closing batch, written by a twenty-seventh
  hand, blind, after the twenty-fifth round; ``heldout28.jsonl`` (held out), a twenty-fourth
  closing batch, written by a twenty-eighth hand, blind, after the twenty-sixth round;
  ``heldout29.jsonl`` (held out), a twenty-fifth closing batch, written by a twenty-ninth
  hand, blind, after the twenty-seventh round;
  ``cleanA.jsonl`` (tuning), three in four drafts clean near-misses, for clean drafts warned;
  ``trainK2.jsonl`` (tuning), names of people supported known only from context and contacts
  of homes, told apart from colleagues, venues, services and order numbers;
  ``offensive_own*``, ``identifiers_own1`` and ``conduct_own1`` per pack; ``offensive_own3``
  (tuning), written blind before the offensive pack's twentieth round opened it;
  ``offensive_own4`` (held out), written after that round; ``offensive_own5`` (tuning), written
  blind before its twenty-sixth round opened it; ``offensive_own6`` (held out), written after
  that round; ``offensive_own7`` (tuning), written blind before its twenty-seventh round opened
  it; ``offensive_own8`` (held out), written after that round; ``offensive_own9`` (tuning),
  written blind before its twenty-eighth round opened it; ``offensive_own10`` (held out), written
  after that round;
  ``conduct_own5`` (held out), written after the fifth round of the offensive and peer_support
  rules; ``conduct_own6`` (tuning), written before their sixth round opened them;
  ``conduct_own7`` (held out), written after that round; ``conduct_own8`` (tuning), written
  before their eighth round opened them; ``conduct_own9`` (held out), written after it;
  ``conduct_own10`` (tuning), written before their ninth round opened them; ``conduct_own11``
  (held out), written after it; ``conduct_own12`` (tuning), written before their tenth round
  opened them; ``conduct_own13`` (held out), written after it; ``conduct_own14`` (tuning),
  written before their eleventh round opened them; ``conduct_own15`` (held out), written after
  it; ``conduct_own16`` (tuning), written before their twelfth round opened them;
  ``conduct_own17`` (held out), written after it; ``conduct_own18`` (tuning), written before
  their thirteenth round opened them; ``conduct_own19`` (held out), written after it;
  ``conduct_own20`` (tuning), written before their fourteenth round opened them;
  ``conduct_own21`` (held out), written after it; ``conduct_own22`` (tuning), written before
  their fifteenth round opened them; ``conduct_own23`` (held out), written after it;
  ``conduct_own24`` (tuning), written before the offensive pack's seventeenth round opened it;
  ``conduct_own25`` (held out), written after it; ``conduct_own26`` (tuning): peer_support only,
  written before its seventeenth round opened it; ``conduct_own27`` (held out), written after it;
  ``conduct_own28`` (tuning): offensive only, written before its eighteenth round opened it;
  ``conduct_own29`` (held out), written after it; ``conduct_own30`` (tuning): offensive only,
  written before its nineteenth round opened it; ``conduct_own31`` (held out), written after it;
  ``conduct_own32`` (tuning): peer_support only, written before its nineteenth round opened it;
  ``conduct_own33`` (held out), written after it; ``conduct_own34`` (tuning): offensive and
  peer_support, written before their twentieth round opened them; ``conduct_own35`` (held out),
  written after it; ``conduct_own36`` (tuning): peer_support only, written before its
  twenty-first round opened it; ``conduct_own37`` (held out), written after it;
  ``conduct_own38`` (tuning): peer_support only, written before its twenty-second round opened
  it; ``conduct_own39`` (held out), written after it; ``conduct_own40`` (tuning): peer_support
  only, written blind before its twenty-third round opened it; ``conduct_own41`` (held out),
  written after it; ``conduct_own42`` (tuning): peer_support only, written blind before its
  twenty-fourth round opened it; ``conduct_own43`` (held out), written after it;
  ``conduct_own44`` (tuning): peer_support only, written blind before its twenty-fifth round
  opened it; ``conduct_own45`` (held out), written after it; ``conduct_own46`` (tuning):
  peer_support only, written blind before its twenty-sixth round opened it; ``conduct_own47``
  (held out), written after it; ``conduct_own48`` (tuning): peer_support only, written blind
  before its twenty-seventh round opened it; ``conduct_own49`` (held out), written after it;
  ``conduct_own50`` (tuning): peer_support only, written blind before its twenty-eighth round opened
  it; ``conduct_own51`` (held out), written after it.
  ``professional_own5`` (tuning), written before the professional pack's ninth round opened it;
  ``professional_own6`` (held out), written after that round; ``professional_own7`` (tuning),
  written before its tenth round opened it; ``professional_own8`` (held out), written after that
  round; ``professional_own9`` (tuning), written before its twelfth round opened it;
  ``professional_own10`` (held out), written after that round; ``professional_own11`` (tuning),
  written before its thirteenth round opened it; ``professional_own12`` (held out), written after
  that round; ``professional_own13`` (tuning), written before its fourteenth round opened it;
  ``professional_own14`` (held out), written after that round; ``professional_own15`` (tuning),
  written before its fifteenth round opened it; ``professional_own16`` (held out), written after
  that round; ``professional_own17`` (tuning), written before its sixteenth round opened it;
  ``professional_own18`` (held out), written after that round; ``professional_own19`` (tuning),
  written before its seventeenth round opened it; ``professional_own20`` (held out), written after
  that round; ``professional_own21`` (tuning), written before its eighteenth round opened it;
  ``professional_own22`` (held out), written after that round; ``professional_own23`` (tuning),
  written before its nineteenth round opened it; ``professional_own24`` (held out), written after
  that round; ``professional_own25`` (tuning), written before its twentieth round opened it;
  ``professional_own26`` (held out), written after that round; ``professional_own27`` (tuning),
  written before its twenty-first round opened it; ``professional_own28`` (held out), written
  after that round; ``professional_own29`` (tuning), written before its twenty-second round
  opened it; ``professional_own30`` (held out), written after that round; ``professional_own31``
  (tuning), written before its twenty-second round's second pass opened it; ``professional_own32``
  (held out), written after that pass; ``professional_own33`` (tuning), written before its
  twenty-third round opened it; ``professional_own34`` (held out), written after that round;
  ``professional_own35`` (tuning), written blind before its twenty-fourth round opened it;
  ``professional_own36`` (held out), written after that round; ``professional_own37`` (tuning),
  written blind before its twenty-fifth round opened it; ``professional_own38`` (held out),
  written after that round; ``professional_own39`` (tuning), written blind before its
  twenty-sixth round opened it; ``professional_own40`` (held out), written after that round;
  ``professional_own41`` (tuning), written blind before its twenty-seventh round opened it;
  ``professional_own42`` (held out), written after that round; ``professional_own43`` (tuning),
  written blind before its twenty-eighth round opened it; ``professional_own44`` (held out),
  written after that round.
  ``trainA`` to ``trainK`` (tuning), training data for the learned scorer; ``trainK``, the
  latest, is weighted to the conduct kinds that escape most (demeaning, disparaging, speaking for
  an organisation, guilt trips, minimising, low-value replies, contempt for groups).
  ``trainL`` (tuning), about half clean near-misses, is weighted to names of people supported
  known only from context beside people who are not supported, venues' contacts and order
  numbers, and boundaries, confidential details, demeaning and disparaging talk, minimising and
  guilt trips. ``trainM`` (tuning), about half clean near-misses, is weighted to names of people
  supported known only from context beside at least 100 drafts naming people who are not supported,
  venues', offices' and charities' contacts, order, course and ticket numbers, and homes' contacts,
  NHS numbers, dates of birth and record numbers in new layouts.
  ``trainN`` (tuning), about two in five drafts clean near-misses, is weighted to the conduct kinds
  that still escape on held-out text (demeaning, disparaging, boundaries, confidential and
  safeguarding details, medication advice, minimising, guilt trips, chasing, pressing to disclose,
  telling to leave, cheering up, low-value replies, insults, dehumanising talk, threats and contempt
  for groups), said indirectly, at least 20 spans of each. ``trainO`` (tuning), about half clean
  near-misses, is weighted to names of people supported known only from context beside more than
  100 drafts naming people who are not supported, venues', offices' and charities' contacts and
  order, invoice, course and ticket numbers, and homes' contacts and record numbers in new layouts.
  ``trainP`` (tuning), written blind by a further hand for the same kinds as ``trainN``, about 45 %
  clean near-misses, with new wording, voices and people. ``trainQ`` (tuning), written blind by
  another hand, a little over half clean near-misses, is weighted again to names of people
  supported known only from context beside more than 100 drafts naming people who are not
  supported (colleagues with shift words, the writer's wider family, public figures, authors,
  businesses, pets, streets and wards named after someone), venues', offices' and charities'
  contacts and order, invoice, course and ticket numbers, and homes' contacts and record numbers
  in new layouts. ``trainR`` (tuning), written blind by another hand for the same kinds as
  ``trainN`` and speaking for an organisation, about two in five drafts clean near-misses.
  ``trainS`` (tuning), written blind by a further hand for the conduct kinds that still escape on
  held-out text, in settings earlier batches used less, about 44 % clean near-misses.
  ``trainT`` (tuning), written blind by another hand for the same kinds in voices and settings
  earlier batches used less (older and young carers, men caring for wives, supported living,
  day centres, dementia wards, reablement, sheltered housing, night staff), about 46 % clean
  near-misses.
  ``trainU`` (tuning), written blind by a further hand for the same kinds, weighted to those the
  core found least of on ``trainS`` and ``trainT``, in voices and settings they used less (Scots,
  Doric, Manchester, London, Kent and Devon speech, East Asian and European speakers of English,
  Deaf carers; prisons, hostels, children's homes, shared lives, care leavers, Travellers,
  veterans, pharmacy and GP staff), about 45 % clean near-misses.
  ``identifiers_own20`` (tuning), written before the twelfth identifier round opened the pack's
  addresses, postcodes, phones and emails; ``identifiers_own21`` (held out), written after it.
  ``identifiers_own18`` (tuning), names only, written before the twelfth round of name work
  opened the identifiers pack; ``identifiers_own19`` (held out), written after it.
  ``identifiers_own22`` (tuning), names only, written before the thirteenth round of name work
  opened the pack; ``identifiers_own23`` (held out), written after it.
  ``identifiers_own24`` (tuning), written before the thirteenth identifier round opened the
  pack's addresses, postcodes, phones, emails and record numbers, weighted to homes against
  venues, offices and the writer's or a relative's own contacts; ``identifiers_own25`` (held
  out), written after it.
  ``identifiers_own28`` (tuning), written before the fourteenth round opened the pack's contacts
  (addresses, postcodes, phones, emails), weighted to venues named before their address, role
  mailboxes, colleagues' and on-call numbers and references that look like phones;
  ``identifiers_own29`` (held out), written after it.
  ``identifiers_own26`` (tuning), names of people supported that only context marks beside
  names that are not (colleagues, the writer's family, public figures, pets, businesses),
  written before the fourteenth identifier round opened the pack; ``identifiers_own27`` (held
  out), written after it.
  ``identifiers_own30`` (tuning), names of people supported that only context marks beside many
  names that are not (about three in five drafts clean), written before the fifteenth round of
  name work opened the pack; ``identifiers_own31`` (held out), written after it.
  ``identifiers_own32`` (tuning), written before the fifteenth round opened the pack's contacts
  and numbers, about half clean near-misses (venues, offices, places of worship, colleagues' work
  contacts, the writer's own, role mailboxes, references shaped like phones or NHS numbers, dates
  that are not births); ``identifiers_own33`` (held out), written after it.
  ``identifiers_own34`` (tuning), names of people supported that only context marks beside names
  that are not (colleagues on shifts, the writer's own wider family, public figures in care talk;
  about half clean), written before the sixteenth round of name work opened the pack;
  ``identifiers_own35`` (held out), written blind with it and scored only after the round.
  ``identifiers_own36`` (tuning), written before the sixteenth round opened the pack's contacts
  and numbers, about half clean near-misses (venues, places of worship, events, colleagues' work
  contacts, the writer's and a family carer's own, role mailboxes, references shaped like phones
  or NHS numbers, dates that are not births, Welsh and Scottish places); ``identifiers_own37``
  (held out), written after it. ``identifiers_own38`` (tuning), names of people supported that
  only context marks (over two sentences, by a pronoun, nicknames, lower case) beside names that
  are not (colleagues, managers, the writer's family, public figures, trainers, pets, businesses,
  buildings, saints and streets named after people, sign-offs, people thanked, tagged or
  welcomed; about 55 % clean), written before the seventeenth round of name work opened the pack;
  ``identifiers_own39`` (held out), written blind with the same weighting and scored once after
  the round. ``identifiers_own40`` (tuning), written before the seventeenth round opened the
  pack's contacts and numbers, a little over half clean near-misses of the same kinds;
  ``identifiers_own41`` (held out), written after it. ``identifiers_own42`` (tuning), written
  before the eighteenth round opened the pack's names: about three in five drafts clean
  near-misses naming people who are not supported, the rest names that only context marks;
  ``identifiers_own43`` (held out), written blind with the same weighting and scored once after
  the round. ``identifiers_own44`` (tuning), written
  before the eighteenth round opened the pack's contacts and numbers, about three in five drafts
  clean near-misses of the same kinds; ``identifiers_own45`` (held out), written after it.
  ``identifiers_own46`` (tuning), written blind before the nineteenth round opened the pack's
  names: about three in five drafts clean near-misses naming people who are not supported
  (colleagues in rota and handover lines, managers, the writer's family, public figures, authors,
  saints, places named after people, pets), the rest names of people supported that no list holds,
  nicknames, lower-case names, names beside a role word and names in WhatsApp handovers;
  ``identifiers_own47`` (held out), written blind with the same weighting after the round.
  ``identifiers_own48`` (tuning), written blind before the nineteenth round opened the pack's
  contacts and numbers, about three in five drafts clean near-misses (organisations' contacts
  beside a person's word, colleagues' and the writer's own details, order and tracking numbers),
  the rest homes' contacts and numbers in new layouts (lower-case Welsh and Scottish addresses,
  lines split, cue words after the number, international mobiles); ``identifiers_own49`` (held
  out), written after it. ``identifiers_own50`` (tuning), written blind before the twentieth round
  opened the pack's names: about three in five drafts clean near-misses naming people who are not
  supported (colleagues on the rota and in thank-you lines, managers, the writer's own family,
  public figures, authors, places named after people, pets), the rest people supported named
  beside a venue or job word, "a lad called X", "lil" and "Old" nicknames, lower case, or a name
  followed only by a verb; ``identifiers_own51`` (held out), written with the same mix after the
  round's last rule change. ``identifiers_own52`` (tuning), written blind before the twentieth
  round opened the pack's contacts and numbers, the same mix (venues', surgeries', charities',
  shops' and offices' contacts, colleagues' and the writer's own mobiles, order, ticket, course,
  invoice and tracking numbers), the rest homes' contacts in new layouts (numbers broken over
  lines, lower-case named houses, one-word Welsh streets, hospital references with letters);
  ``identifiers_own53`` (held out), written after it. ``identifiers_own54`` (tuning), written
  blind before the twenty-second round opened the pack's names: names of people supported in many
  shapes (a first name alone in a care context, full names, titles in any case, possessives,
  nicknames, names from many languages, names that are also ordinary words such as Hope, Grace or
  Joy) beside about 45 % clean near-misses (the same words as colleagues, greetings and ordinary
  words, the writer signing off, a peer addressed, public figures, rooms, wards and charities
  named after people, brands); ``identifiers_own55`` (held out), written with the same mix after
  the round's last rule change. ``identifiers_own56`` (tuning), written
  blind before the twenty-second round opened the pack's contacts and numbers, about 45 % clean
  twins (a venue's, service's, shop's, helpline's, charity's or colleague's work address, phone or
  email, event details, order and tracking numbers, dates that are not births), the rest homes'
  contacts in many layouts (flats, rooms in care homes, postcodes in lower case or run together,
  international mobiles, spelt-out emails, numbers with their cue after them);
  ``identifiers_own57`` (held out), written with the same mix after the round's last rule change.
  ``identifiers_own58`` (tuning), written blind before the round's second names engineer opened the
  pack's names: a first name alone or a full name before a care or health word (obs, bowels, meds,
  settled, refused, fell), names that are also ordinary words, names from many languages, nicknames
  and fond prefixes, beside about 45 % clean twins with the same words as colleagues, greetings,
  ordinary words and places; ``identifiers_own59`` (held out), written with the same mix after the
  round's last rule change. ``identifiers_own60`` (tuning), written blind before the round's
  second-pass names engineer opened the pack's names: a name of a person supported opening a
  sentence before a verb (what they did, want or refuse, what happened to them), beside about 45 %
  clean twins with colleagues, the writer's own family, peers, public figures and pets;
  ``identifiers_own61`` (held out), written with the same mix after the pass's last rule change.
  ``identifiers_own62`` (tuning), written blind before the twenty-third round's names engineer
  opened the pack's names: about 55 % clean near-misses naming people who are not supported
  (colleagues thanked, on shift, covering, leaving or in training, managers, the writer's own
  family, group members addressed or thanked, public figures, authors, pets, places with given
  names) beside drafts naming people supported in the same registers; ``identifiers_own63`` (held
  out), written with the same mix after the round's last rule change.
  ``identifiers_own64`` (tuning), written blind before the twenty-third round's contact engineer
  opened the pack: contacts of people supported in layouts earlier batches used less (flats in
  supported living, streets without a number, named houses, postcodes in lower case or split
  oddly, international and landline phones, record numbers with their cue after them), beside
  about half clean twins (venues', services', shops', helplines', charities', surgeries' and
  colleagues' contacts, events, order, invoice, ticket and tracking numbers, dates not births);
  ``identifiers_own65`` (held out), written with the same mix after the round's last rule change.
  ``identifiers_own66`` (tuning), written blind before the twenty-fourth round's names engineer
  opened the pack's names: about 60 % clean near-misses naming people who are not supported
  (colleagues on a rota or on shift, managers, trainers, the writer's own family, group members
  addressed or thanked, public figures on television, in sport, politics and books, royals, pets,
  places and businesses named after people) beside drafts naming people supported in the same
  registers (first names alone in care notes, two names joined by "and", nicknames);
  ``identifiers_own67`` (held out), written with the same mix after the round's last rule change.
  ``identifiers_own68`` (tuning), written blind before the twenty-fourth round's contact engineer
  opened the pack: contacts of people supported in less used layouts (flats and named houses,
  streets without a number, postcodes in lower case or split oddly, mobiles with dots, spaces or
  +44, personal emails, record numbers with their cue after them), beside about half clean twins
  (a care home's room and address, venues', services', shops', helplines', charities', surgeries'
  and colleagues' contacts, events with no venue word, order, invoice, ticket and tracking
  numbers, dates not births); ``identifiers_own69`` (held out), written with the same mix after
  the round's last rule change.
  ``identifiers_own70`` (tuning), written blind before the twenty-fifth round's names engineer
  opened the pack's names: about 70 % clean near-misses naming people who are not supported
  (colleagues in everyday work talk, the writer's "my", "our" and "we" beside a colleague,
  managers, trainers, family, group members thanked, public figures, pets, places and businesses
  named after people) beside drafts naming people supported in the same registers (first names
  alone in care notes, two names joined by "and", nicknames, "our Doris" in a family carer's
  voice); ``identifiers_own71`` (held out), written with the same mix after the round's last
  rule change.
  ``identifiers_own72`` (tuning), written blind before the twenty-sixth round's names engineer
  opened the pack's names: about half clean near-misses (colleagues covering, training, on the
  meds round or the hoist, managers, HR and maintenance, the writer's family, a family's paid
  carer, people thanked, public figures, places and businesses named after people, names used as
  words) beside names of people supported as carers write them (first names alone, "our Doris",
  lists, nicknames, a surname with a title, lower case and capitals, names of many languages,
  names that are also words, relatives of the person supported); ``identifiers_own74`` (held
  out), written with the same mix after the round's last names change.
  ``identifiers_own73`` (tuning), written blind before the twenty-sixth round's contact engineer
  opened the pack: homes told the way carers write them (a flat over a shop, a bungalow behind the
  Co-op, "no.12", lower case without commas, house names, a farm, a caravan site, a hostel room,
  Welsh and Scottish places), record numbers from care and health systems in many layouts, phones
  and emails of people supported and their families, beside about half clean twins (a group's
  venue, a surgery's or council's phone, a shop's hours, tracking and invoice numbers, a ward
  extension, a team's shared inbox, a training venue's postcode); ``identifiers_own75`` (held
  out), written with the same mix after the round's last rule change.
  ``identifiers_own76`` (tuning), written blind before the twenty-seventh round's names engineer
  opened the pack's names: about half clean near-misses naming people who are not supported
  (colleagues on the meds round, the hoist or the double-up, managers, trainers, visiting staff,
  group members addressed or thanked, the writer's own family beside care words, volunteers on a
  rota, public figures, pets, places and businesses named after people, names used as words)
  beside names of people supported in the same registers (handovers, lists of calls, thank-you
  posts, family carers' posts, lower case, names no gazetteer lists, relatives);
  ``identifiers_own78`` (held out), written with the same mix after the round's last names
  change.
  ``identifiers_own77`` (tuning), written blind before the twenty-seventh round's contact engineer
  opened the pack: a street with no number after a person, a named building before the address,
  plots, pitches, farms and almshouses, record numbers beside a system's name in new layouts,
  phones, postcodes and emails of people supported and their families, beside about half clean
  twins (venues, shops, the writer's own mobile, team inboxes, tickets, bookings, invoices);
  ``identifiers_own79`` (held out), written with the same mix after the round's last rule
  change.
  ``identifiers_own80`` (tuning), written blind before the twenty-eighth round's names engineer
  opened the pack's names: colleagues beside rooms, wards and "on with", pairs of colleagues
  joined by "and" before a task, the writer's own family, public figures by surname alone, beside
  people supported in the same registers (a bare name opening a sentence, beside a room number,
  two joined by "and", relatives named in a handover, lower case, Scots, Irish, Welsh, Northern);
  ``identifiers_own81`` (held out), written with the same mix after the round's last names
  change.
  ``identifiers_own82`` (tuning), written blind before the twenty-eighth round's contact engineer
  opened the pack: a care home's room, a relative's street, Welsh named houses alone, flats over
  shops, dates of birth written year first, phones and emails of people supported and their
  families, beside about half clean twins (a service's training flat, shops', services' and
  teams' phones, the writer's own number given for a reason, venues, tickets and rotas);
  ``identifiers_own83`` (held out), written with the same mix after the round's last rule
  change.

Each line is one draft::

    {"id": "b1-001", "site": "facebook" | "linkedin" | "whatsapp" | null, "text": "...",
     "voice": "family_carer",
     "labels": [{"pack": "identifiers", "kind": "nhs_number", "start": 103, "end": 115}, ...]}

``start`` and ``end`` are Python string offsets (end exclusive) of the exact text that should be
flagged: for identifiers the identifier itself (a name, an NHS number, a postcode...), for the
conduct packs the offending phrase or sentence. ``kind`` is a short category within the pack
(identifiers: name, nhs_number, chi_number, hc_number, ni_number, phone, email, address, postcode,
dob, record_number). A draft with no labels is clean: many of them are near-misses.

Each draft is checked with ``core.check`` on its own site with every pack on (``custom`` aside,
which needs the user's lists). Findings carry UTF-16 offsets and are turned into Python offsets.

- A label is found when a finding of the same pack overlaps it (any severity); "≥warn" counts only
  findings above ``info``. Per identifier kind, ``identifiers.combination`` does not count, and
  "same rule" counts only the rule of that kind. ``audience`` is read per draft: its reminder
  is about who will see the whole post, and marks the words that tell the writer works in care,
  while writers label the sentence that describes the person; so an ``audience`` label is found
  by an ``audience`` finding anywhere in its draft, and such a finding hits when its draft
  carries an ``audience`` label.
- Precision: the share of a pack's findings that overlap a label of that pack; per identifier
  rule, the share of its findings that overlap any identifiers label.
- Clean drafts warned: the share of clean drafts with any finding above ``info``.

Prints one table per batch and exits 0: the figures are a measurement, not a gate.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from core import check
from core.learned.scorer import rules_alone
from core.model import Finding, Severity

FRESH = Path(__file__).resolve().parent / "fresh"
BATCHES = (
    "batch1",
    "heldout1",
    "offensive_own1",
    "offensive_own2",
    "offensive_own3",
    "offensive_own4",
    "offensive_own5",
    "offensive_own6",
    "offensive_own7",
    "offensive_own8",
    "offensive_own9",
    "offensive_own10",
    "identifiers_own1",
    "identifiers_own2",
    "identifiers_own3",
    "identifiers_own4",
    "identifiers_own5",
    "identifiers_own6",
    "identifiers_own7",
    "identifiers_own8",
    "identifiers_own9",
    "identifiers_own10",
    "identifiers_own11",
    "identifiers_own12",
    "identifiers_own13",
    "identifiers_own14",
    "identifiers_own15",
    "identifiers_own16",
    "identifiers_own17",
    "identifiers_own18",
    "identifiers_own19",
    "identifiers_own20",
    "identifiers_own21",
    "identifiers_own22",
    "identifiers_own23",
    "identifiers_own24",
    "identifiers_own25",
    "identifiers_own28",
    "identifiers_own29",
    "identifiers_own26",
    "identifiers_own27",
    "identifiers_own30",
    "identifiers_own31",
    "identifiers_own32",
    "identifiers_own33",
    "identifiers_own34",
    "identifiers_own35",
    "identifiers_own36",
    "identifiers_own37",
    "identifiers_own38",
    "identifiers_own39",
    "identifiers_own40",
    "identifiers_own41",
    "identifiers_own42",
    "identifiers_own43",
    "identifiers_own44",
    "identifiers_own45",
    "identifiers_own46",
    "identifiers_own47",
    "identifiers_own48",
    "identifiers_own49",
    "identifiers_own50",
    "identifiers_own51",
    "identifiers_own52",
    "identifiers_own53",
    "identifiers_own54",
    "identifiers_own55",
    "identifiers_own56",
    "identifiers_own57",
    "identifiers_own58",
    "identifiers_own59",
    "identifiers_own60",
    "identifiers_own61",
    "identifiers_own62",
    "identifiers_own63",
    "identifiers_own64",
    "identifiers_own65",
    "identifiers_own66",
    "identifiers_own67",
    "identifiers_own68",
    "identifiers_own69",
    "identifiers_own70",
    "identifiers_own71",
    "identifiers_own72",
    "identifiers_own73",
    "identifiers_own74",
    "identifiers_own75",
    "identifiers_own76",
    "identifiers_own77",
    "identifiers_own78",
    "identifiers_own79",
    "identifiers_own80",
    "identifiers_own81",
    "identifiers_own82",
    "identifiers_own83",
    "conduct_own1",
    "conduct_own2",
    "conduct_own3",
    "conduct_own4",
    "conduct_own5",
    "conduct_own6",
    "conduct_own7",
    "conduct_own8",
    "conduct_own9",
    "conduct_own10",
    "conduct_own11",
    "conduct_own12",
    "conduct_own13",
    "conduct_own14",
    "conduct_own15",
    "conduct_own16",
    "conduct_own17",
    "conduct_own18",
    "conduct_own19",
    "conduct_own20",
    "conduct_own21",
    "conduct_own22",
    "conduct_own23",
    "conduct_own24",
    "conduct_own25",
    "conduct_own26",
    "conduct_own27",
    "conduct_own28",
    "conduct_own29",
    "conduct_own30",
    "conduct_own31",
    "conduct_own32",
    "conduct_own33",
    "conduct_own34",
    "conduct_own35",
    "conduct_own36",
    "conduct_own37",
    "conduct_own38",
    "conduct_own39",
    "conduct_own40",
    "conduct_own41",
    "conduct_own42",
    "conduct_own43",
    "conduct_own44",
    "conduct_own45",
    "conduct_own46",
    "conduct_own47",
    "conduct_own48",
    "conduct_own49",
    "conduct_own50",
    "conduct_own51",
    "regulators_own1",
    "regulators_own2",
    "regulators_own3",
    "regulators_own4",
    "regulators_own5",
    "batch2",
    "heldout2",
    "heldout3",
    "heldout4",
    "heldout5",
    "heldout6",
    "heldout7",
    "heldout8",
    "heldout9",
    "heldout10",
    "heldout11",
    "heldout12",
    "heldout13",
    "heldout14",
    "heldout15",
    "heldout16",
    "heldout17",
    "heldout18",
    "heldout19",
    "heldout20",
    "heldout21",
    "heldout22",
    "heldout23",
    "heldout24",
    "heldout25",
    "heldout26",
    "heldout27",
    "heldout28",
    "heldout29",
    "trainB",
    "trainA",
    "trainC",
    "trainD",
    "trainE",
    "trainF",
    "cleanA",
    "trainG",
    "cleanB",
    "trainH",
    "trainH2",
    "trainI",
    "trainI2",
    "trainJ",
    "trainJ2",
    "trainK",
    "trainK2",
    "trainL",
    "trainM",
    "trainN",
    "trainO",
    "trainP",
    "trainQ",
    "trainR",
    "trainS",
    "trainT",
    "trainU",
    "professional_own1",
    "professional_own2",
    "professional_own3",
    "professional_own4",
    "professional_own5",
    "professional_own6",
    "professional_own7",
    "professional_own8",
    "professional_own9",
    "professional_own10",
    "professional_own11",
    "professional_own12",
    "professional_own13",
    "professional_own14",
    "professional_own15",
    "professional_own16",
    "professional_own17",
    "professional_own18",
    "professional_own19",
    "professional_own20",
    "professional_own21",
    "professional_own22",
    "professional_own23",
    "professional_own24",
    "professional_own25",
    "professional_own26",
    "professional_own27",
    "professional_own28",
    "professional_own29",
    "professional_own30",
    "professional_own31",
    "professional_own32",
    "professional_own33",
    "professional_own34",
    "professional_own35",
    "professional_own36",
    "professional_own37",
    "professional_own38",
    "professional_own39",
    "professional_own40",
    "professional_own41",
    "professional_own42",
    "professional_own43",
    "professional_own44",
)
HELD_OUT = {
    "conduct_own3",
    "conduct_own4",
    "conduct_own5",
    "conduct_own7",
    "conduct_own9",
    "conduct_own11",
    "conduct_own13",
    "conduct_own15",
    "conduct_own17",
    "conduct_own19",
    "conduct_own21",
    "conduct_own23",
    "conduct_own25",
    "conduct_own27",
    "conduct_own29",
    "conduct_own31",
    "conduct_own33",
    "conduct_own35",
    "conduct_own37",
    "conduct_own39",
    "conduct_own41",
    "conduct_own43",
    "conduct_own45",
    "conduct_own47",
    "conduct_own49",
    "conduct_own51",
    "heldout1",
    "heldout2",
    "heldout3",
    "heldout4",
    "heldout5",
    "heldout6",
    "heldout7",
    "heldout8",
    "heldout9",
    "heldout10",
    "heldout11",
    "heldout12",
    "heldout13",
    "heldout14",
    "heldout15",
    "heldout16",
    "heldout17",
    "heldout18",
    "heldout19",
    "heldout20",
    "heldout21",
    "heldout22",
    "heldout23",
    "heldout24",
    "heldout25",
    "heldout26",
    "heldout27",
    "heldout28",
    "heldout29",
    "offensive_own2",
    "offensive_own4",
    "offensive_own6",
    "offensive_own8",
    "offensive_own10",
    "identifiers_own3",
    "identifiers_own5",
    "identifiers_own6",
    "identifiers_own7",
    "identifiers_own9",
    "identifiers_own11",
    "identifiers_own13",
    "identifiers_own15",
    "identifiers_own17",
    "identifiers_own19",
    "identifiers_own21",
    "identifiers_own23",
    "identifiers_own25",
    "identifiers_own29",
    "identifiers_own27",
    "identifiers_own31",
    "identifiers_own33",
    "identifiers_own35",
    "identifiers_own37",
    "identifiers_own39",
    "identifiers_own41",
    "identifiers_own43",
    "identifiers_own45",
    "identifiers_own47",
    "identifiers_own49",
    "identifiers_own51",
    "identifiers_own53",
    "identifiers_own55",
    "identifiers_own57",
    "identifiers_own59",
    "identifiers_own61",
    "identifiers_own63",
    "identifiers_own65",
    "identifiers_own67",
    "identifiers_own69",
    "identifiers_own71",
    "identifiers_own74",
    "identifiers_own75",
    "identifiers_own78",
    "identifiers_own79",
    "identifiers_own81",
    "identifiers_own83",
    "regulators_own2",
    "regulators_own3",
    "regulators_own5",
    "professional_own2",
    "professional_own4",
    "professional_own6",
    "professional_own8",
    "professional_own10",
    "professional_own12",
    "professional_own14",
    "professional_own16",
    "professional_own18",
    "professional_own20",
    "professional_own22",
    "professional_own24",
    "professional_own26",
    "professional_own28",
    "professional_own30",
    "professional_own32",
    "professional_own34",
    "professional_own36",
    "professional_own38",
    "professional_own40",
    "professional_own42",
    "professional_own44",
}
PACKS = ("identifiers", "offensive", "professional", "peer_support", "audience")
# The regulators pack is off by default: its own batches are checked with it on, the others only
# with --regulators (what switching it on would add to them).
WITH_REGULATORS = (*PACKS, "regulators")
REGULATORS_BATCHES = {
    "regulators_own1",
    "regulators_own2",
    "regulators_own3",
    "regulators_own4",
    "regulators_own5",
}
# The identifiers rule that answers each labelled kind.
KIND_RULE = {
    "name": "identifiers.name",
    "nhs_number": "identifiers.nhs_number",
    "chi_number": "identifiers.chi_number",
    "hc_number": "identifiers.hc_number",
    "ni_number": "identifiers.ni_number",
    "phone": "identifiers.phone",
    "email": "identifiers.email",
    "address": "identifiers.address",
    "postcode": "identifiers.postcode",
    "dob": "identifiers.date_of_birth",
    "record_number": "identifiers.record_number",
}
COMBINATION = "identifiers.combination"


@dataclass(frozen=True)
class Label:
    pack: str
    kind: str
    start: int
    end: int


@dataclass(frozen=True)
class Draft:
    id: str
    site: str | None
    text: str
    voice: str
    labels: tuple[Label, ...]


@dataclass(frozen=True)
class Hit:
    """A finding in Python offsets."""

    rule: str
    pack: str
    severity: Severity
    start: int
    end: int


def load(path: Path) -> list[Draft]:
    drafts = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        raw = json.loads(line)
        labels = tuple(
            Label(lab["pack"], lab["kind"], lab["start"], lab["end"]) for lab in raw["labels"]
        )
        drafts.append(Draft(raw["id"], raw["site"], raw["text"], raw["voice"], labels))
    return drafts


def utf16_to_python(text: str) -> list[int]:
    """For each UTF-16 offset of ``text`` (and its end), the Python offset it falls in."""
    table: list[int] = []
    for index, char in enumerate(text):
        table.extend([index] * (2 if ord(char) > 0xFFFF else 1))
    table.append(len(text))
    return table


def to_hits(text: str, findings: Iterable[Finding]) -> list[Hit]:
    table = utf16_to_python(text)
    return [
        Hit(
            f.rule,
            f.pack,
            f.severity,
            table[f.start],
            table[f.end] if f.end < len(table) else len(text),
        )
        for f in findings
    ]


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


WHOLE_DRAFT = frozenset({"audience"})  # packs whose labels are read per draft (docstring)


def matches(hit: Hit, label: Label) -> bool:
    return hit.pack == label.pack and (
        hit.pack in WHOLE_DRAFT or overlaps(hit.start, hit.end, label.start, label.end)
    )


def above_info(hit: Hit) -> bool:
    return hit.severity is not Severity.INFO


@dataclass
class Tally:
    labels: int = 0
    found: int = 0
    found_warn: int = 0
    same_rule: int = 0
    findings: int = 0
    hits: int = 0
    findings_warn: int = 0
    hits_warn: int = 0


def ratio(part: int, whole: int) -> str:
    return f"{part / whole:.2f}" if whole else "-"


@dataclass
class Score:
    packs: dict[str, Tally]
    kinds: dict[tuple[str, str], Tally]  # (pack, kind) -> recall; identifier kinds get precision
    clean: int
    clean_warned: list[str]
    clean_by_site: Counter[str]
    warned_by_site: Counter[str]
    misses: list[tuple[Draft, Label]]
    false_alarms: list[tuple[Draft, Hit]]


def score(drafts: Sequence[Draft], checked: Sequence[str] = PACKS) -> Score:
    packs = {pack: Tally() for pack in checked}
    kinds: dict[tuple[str, str], Tally] = defaultdict(Tally)
    result = Score(packs, kinds, 0, [], Counter(), Counter(), [], [])
    for draft in drafts:
        hits = to_hits(draft.text, check(draft.text, packs=checked, site=draft.site))
        for label in draft.labels:
            mine = [h for h in hits if matches(h, label)]
            pack_tally, kind_tally = packs[label.pack], kinds[(label.pack, label.kind)]
            pack_tally.labels += 1
            kind_tally.labels += 1
            pack_tally.found += bool(mine)
            pack_tally.found_warn += any(above_info(h) for h in mine)
            if label.pack == "identifiers":
                mine = [h for h in mine if h.rule != COMBINATION]
                kind_tally.same_rule += any(h.rule == KIND_RULE.get(label.kind) for h in mine)
            kind_tally.found += bool(mine)
            kind_tally.found_warn += any(above_info(h) for h in mine)
            if not mine:
                result.misses.append((draft, label))
        for hit in hits:
            hit_label = any(matches(hit, lab) for lab in draft.labels)
            tallies = [packs[hit.pack]]
            if hit.pack == "identifiers":
                kind = next((k for k, r in KIND_RULE.items() if r == hit.rule), "combination")
                tallies.append(kinds[("identifiers", kind)])
            for tally in tallies:
                tally.findings += 1
                tally.hits += hit_label
                if above_info(hit):
                    tally.findings_warn += 1
                    tally.hits_warn += hit_label
            if not hit_label and above_info(hit):
                result.false_alarms.append((draft, hit))
        if not draft.labels:
            site = draft.site or "none"
            result.clean += 1
            result.clean_by_site[site] += 1
            if any(above_info(h) for h in hits):
                result.clean_warned.append(draft.id)
                result.warned_by_site[site] += 1
    return result


def row(name: str, *cells: object) -> str:
    return f"  {name:34}" + "".join(f"{cell:>7}" for cell in cells)


def print_table(name: str, drafts: Sequence[Draft], result: Score) -> None:
    checked = tuple(result.packs)
    print(f"\n== {name}: {len(drafts)} drafts, {result.clean} clean ==")
    print(row("pack", "labels", "recall", "≥warn", "finds", "prec", "prec≥w"))
    for pack in checked:
        t = result.packs[pack]
        print(
            row(
                pack,
                t.labels,
                ratio(t.found, t.labels),
                ratio(t.found_warn, t.labels),
                t.findings,
                ratio(t.hits, t.findings),
                ratio(t.hits_warn, t.findings_warn),
            )
        )
    print("\n" + row("identifiers by kind", "labels", "recall", "rule", "finds", "prec"))
    for kind in (*KIND_RULE, "combination"):
        t = result.kinds.get(("identifiers", kind), Tally())
        if not t.labels and not t.findings:
            continue
        rule = ratio(t.same_rule, t.labels) if kind != "combination" else "-"
        print(
            row(
                kind,
                t.labels,
                ratio(t.found, t.labels),
                rule,
                t.findings,
                ratio(t.hits, t.findings),
            )
        )
    print("\n" + row("conduct by kind", "labels", "recall", "≥warn"))
    for pack in checked[1:]:
        for (p, kind), t in sorted(result.kinds.items()):
            if p == pack and t.labels:
                found, found_warn = ratio(t.found, t.labels), ratio(t.found_warn, t.labels)
                print(row(f"{pack}.{kind}", t.labels, found, found_warn))
    warned = len(result.clean_warned)
    share = 100 * warned / max(result.clean, 1)
    by_site = ", ".join(
        f"{site} {result.warned_by_site[site]}/{n}"
        for site, n in sorted(result.clean_by_site.items())
    )
    print(f"\nclean drafts warned: {warned}/{result.clean} = {share:.1f} % ({by_site})")


def print_misses(result: Score) -> None:
    print("\nmissed labels:")
    for draft, label in result.misses:
        span = draft.text[label.start : label.end]
        print(f"  {draft.id} [{draft.site}] {label.pack}.{label.kind}: {span!r}")
    print("\nfindings above info with no label of their pack:")
    for draft, hit in result.false_alarms:
        span = draft.text[hit.start : hit.end]
        print(f"  {draft.id} [{draft.site}] {hit.rule} ({hit.severity.value}): {span!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", action="append", choices=BATCHES, help="default: all")
    parser.add_argument(
        "--misses", action="store_true", help="list misses and false alarms (tuning batch only)"
    )
    parser.add_argument(
        "--regulators", action="store_true", help="check every batch with the regulators pack on"
    )
    parser.add_argument(
        "--rules-alone", action="store_true", help="without the learned scorer (core.learned)"
    )
    args = parser.parse_args(argv)
    if args.rules_alone:
        with rules_alone():
            return _main(args)
    return _main(args)


def _main(args: argparse.Namespace) -> int:
    names = args.batch or list(BATCHES)
    held_out = ", ".join(sorted(HELD_OUT))
    print(f"Fresh batches (written without reading the rules; never tuned on: {held_out})")
    if args.rules_alone:
        print("The rules alone, without the learned scorer")
    for name in names:
        drafts = load(FRESH / f"{name}.jsonl")
        with_regulators = args.regulators or name in REGULATORS_BATCHES
        result = score(drafts, WITH_REGULATORS if with_regulators else PACKS)
        print_table(name, drafts, result)
        if args.misses:
            if name in HELD_OUT:
                print(f"\n(--misses: {name} is held out; its lines are not listed)")
            else:
                print_misses(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
