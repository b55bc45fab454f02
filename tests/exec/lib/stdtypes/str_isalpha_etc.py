samples = 'aZé ß ǅ ª º ʰ ˆ ̀ ͅ Ά α Ж ա א ع ܐ ހ ߊ अ ঁ ਅ ก ກ ༀ က Ⴀ ᄀ ሀ Ꭰ ᐁ ᚁ ᚠ ក ᠠ ᴀ Ḁ ‿ ⁀ ⅰ Ↄ ⓐ ⰰ ⲁ ⴀ ⶀ ぁ ァ ㄅ ㆠ 㐀 一 ꀀ ꔀ 가 豈 ﬀ ﹰ Ａ ｦ 𐀀 𐐀 𝐀 𠀀 ' + '\u0300\u0301\u0483\u0591\u05bf\u0610\u064b\u0670\u06d6\u0711\u0730\u07a6\u0901\u093c\u0941\u0951\u0962\u0981\u09bc\u09c1\u09cd\u09e2'
for c in samples:
    if c == ' ': continue
    print(repr(c), hex(ord(c)), c.isalpha(), c.isalnum(), c.isidentifier(), ('a' + c).isidentifier(), c.isprintable(), c.islower(), c.isupper(), c.istitle())
