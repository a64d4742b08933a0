"""The learned decisions over ordinary words that are names too and over listed given
names read alone: written by ``bench/train_name_decision.py`` from the tuning batches, read by
``core.packs.identifiers``.

Do not edit by hand: rerun the script.
"""

from __future__ import annotations

# Listed given names that are ordinary words too, the words the decision reads.
CANDIDATES = frozenset(
    str.split(
        """abbey acacia ace akin alia alias ally alma alpha amber amen amity amor angel angelic
    angelica ani anise aria arrow art arty ash aspen august aura autumn aya azalea baby baker
    bane banks barb baron basil bay bear beau bee belle berry bill birdie bishop blade blanche
    blaze blessed blessing bliss bloom blossom blue bobby bode boo booker bow brad brain bran
    brandy breeze brie bright brook buck bud buddy bunny burl buster buzz cadence cain calypso
    candy cane cannon canyon case cash cedar chaise chance channel charisma charity charlotte
    chase chastity chenille cherish cherry china chip chole christen chuck clay clemency cliff
    clover coco cole colt comfort coral cove coy creed crew crystal curt daisy darin dash dawn
    dea deacon dean deem deep deja delight dell delta derrick desire destiny diamond dick diesel
    diva divine dock dolce dominion don donna dove dream drew duke dustin dusty earl early
    earnest ebony echo elan emerald era essence eva eve excel faith fanny fares favour fawn
    felicity fern ferris fin flint flora flourish forest fortune foster fox frank freeman gage
    gala gale garland garnet garrison gauge gay gene general genesis genie gentry ghazal gift
    ginger glen glory golden grace graham grant gray great grey gruff gunner guy gypsy halo han
    hank hardy harmony harry harsh haven havin hazel heath heather heaven heavenly hero hind
    holy homer honesty honey honor honour hope hugh hunter ima infant ion ivory ivy jack jade
    jai jarred jasmine jay jazz jersey jet jewel job john joie joss journey joy judge junior
    justice kale kali ken khan kin king kisha kit kitty koan lace lacey lacy lady lake lana
    lance lane lark laurel lava lavender ledger legacy legend len les levy lex liberty light
    lilac lily lima linden link lion lira lord lotus louis love loyal lucky lucy lui lulu lumen
    lunar lyric magenta magnolia mahogany mai majesty major man mana maple maria marina marine
    mark marks marques mars marshal marvel mason mate math matt maverick max maxim maya mea
    meadow meet mei melody mercy merry messiah mica miles min mio miracle missy misty morgen
    moss myrtle nadir navy neo nirvana noble non oak ocean ole olive onyx oral pagan page pansy
    pasha pat patience patsy peace peach peaches pearl pebbles penny pepper peter phoenix pierce
    piers pip piper poppy porter praise precious price prince princess promise prosper prudence
    psalm purity queen quill rain rainbow raj ram rand ransom ray rayon rebel red reef reign
    rejoice rhythm rich ridge rim riven river rivers rob robin rocket rocky rod rogue rose rosy
    rowdy royal royalty rue rush rusty rut rye saffron saga sage sailor saint sally sana sander
    sandy santos sari sayed scarlet scout sera serene serenity serge seven sha shad shade shah
    sham shams shea sheik shepherd sheriff sherry shine sienna silver sincere sky snow soma
    sonny sorrel soul spike spring star sterling stirling stone storm stormy story success sue
    sultan summer sunny sunshine sylvan symphony tad tae tailor tally tam tamer tansy tawny tea
    teddy temperance terra terry testimony tiger tony topaz trace treasure tru true truly tuba
    tulip unique unknown urban veer velvet verity victor victory violet viva vogue wade walker
    wan ward warren wei wells wen west wil will william willow willy windy wing winter wisdom
    wolf yuan zenith"""
    )
)
# The weight of each feature (``identifiers.ORDINARY_NAME_FEATURES``) and the bias: a word is
# read as a name when the sum of its features' weights and the bias is above zero.
WEIGHTS: dict[str, float] = {
    "capitalised": 0.648,
    "opens_sentence": 0.476,
    "in_lower_case_sentence": 0.477,
    "care_frame": 0.515,
    "not_supported_frame": -0.057,
    "needs_care_after": 0.284,
    "described_after": 0.362,
    "draft_about_care": -0.135,
    "beside_identifier": -0.034,
    "possessive": 0.123,
    "after_article": -0.246,
    "after_subject": -0.040,
    "after_visit_word": 0.343,
    "modal_word_after": -0.319,
    "person_verb_after": 0.410,
    "pronoun_soon_after": 0.665,
    "room_near": 0.017,
    "back_after": 0.110,
    "function_word": -0.058,
    "after_for": 0.023,
    "after_idiom_word": -0.047,
    "comma_or_dash_after": 0.094,
    "ends_sentence": -0.132,
}
BIAS = -1.8625
# The decision over listed given names that are not ordinary words, read alone where the rules'
# frames left them open: the same features, weights and bias of its own.
GIVEN_WEIGHTS: dict[str, float] = {
    "opens_sentence": 0.159,
    "in_lower_case_sentence": 0.348,
    "care_frame": -0.156,
    "not_supported_frame": -0.491,
    "needs_care_after": 0.680,
    "described_after": 0.068,
    "draft_about_care": 0.050,
    "beside_identifier": -0.050,
    "possessive": 0.154,
    "after_article": -0.110,
    "after_subject": 0.502,
    "after_visit_word": -0.008,
    "modal_word_after": 0.100,
    "person_verb_after": 0.257,
    "pronoun_soon_after": 1.088,
    "room_near": 0.121,
    "back_after": -0.023,
    "after_for": -0.155,
    "after_idiom_word": 0.001,
    "comma_or_dash_after": -0.070,
    "ends_sentence": -0.403,
    "draft_names_someone": 0.823,
    "opens_line": 0.159,
    "thanks_before": -0.180,
    "work_word_near": -0.646,
    "care_word_near": 0.002,
    "health_state_after": -0.017,
}
GIVEN_BIAS = -2.5145
