chars = '0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹०१२३४५६७८९০১২৩৪৫৬৭৮৯๐๑๒๓௦௧௨௩⁰¹²³⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉①②③④⑤⑩⑳⑴⒈Ⅰ Ⅱ Ⅲ Ⅳ Ⅹ Ⅽ Ⅿⅰⅱ½⅓¼¾⅕〇一二三四五六七八九十百千万億零壹貳參肆０１２３𝟎𝟏𝟐𝟘𝟙𝟬𝟶𝟿🄀🄁🄂𐄇𐄈𑁒𑁦᠐᠑፩፪፲፻'
for c in chars:
    if c == ' ': continue
    print(repr(c), hex(ord(c)), c.isdigit(), c.isdecimal(), c.isnumeric(), c.isalnum(), c.isalpha())
try:
    print(int('٣٤'), int('۵'), int('०१'), int('０１'), int('𝟏𝟐'), float('١.٥'))
except Exception as e:
    print(type(e).__name__, e)
for s in ['①', '²', '½', '一', 'Ⅷ', '𝟏', '⁵']:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
