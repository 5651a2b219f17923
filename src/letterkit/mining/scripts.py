"""The letters of the scripts other than Latin that the mining rules read, as regex character
ranges, spelled once: a rule writes `rf"[{HEBREW}]"` rather than the code points."""

ARABIC = "\u0600-\u06ff"  # Arabic, Persian, Urdu, Pashto, Sorani
DEVANAGARI_BENGALI = "\u0900-\u09ff"  # Hindi, Nepali, Bengali
HANGUL = "\uac00-\ud7a3"  # Korean syllables
HEBREW = "\u05d0-\u05ea"  # the 27 letters, final forms included, without points
THAI = "\u0e00-\u0e7f"
