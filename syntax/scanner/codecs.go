package scanner

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// extraCodecs are the source encodings beyond the ones decoded by hand in
// source.go, keyed by Python's codec name. Single-byte ones are charmaps, so
// an undefined byte can be reported as Python's charmap codec does.
var extraCodecs = map[string]encoding.Encoding{
	"cp037": charmap.CodePage037, "cp437": charmap.CodePage437, "cp850": charmap.CodePage850,
	"cp852": charmap.CodePage852, "cp855": charmap.CodePage855, "cp858": charmap.CodePage858,
	"cp860": charmap.CodePage860, "cp862": charmap.CodePage862, "cp863": charmap.CodePage863,
	"cp865": charmap.CodePage865, "cp866": charmap.CodePage866, "cp1140": charmap.CodePage1140,
	"cp874": charmap.Windows874, "cp1250": charmap.Windows1250, "cp1251": charmap.Windows1251,
	"cp1253": charmap.Windows1253, "cp1254": charmap.Windows1254, "cp1255": charmap.Windows1255,
	"cp1256": charmap.Windows1256, "cp1257": charmap.Windows1257, "cp1258": charmap.Windows1258,
	"iso8859_2": charmap.ISO8859_2, "iso8859_3": charmap.ISO8859_3, "iso8859_4": charmap.ISO8859_4,
	"iso8859_5": charmap.ISO8859_5, "iso8859_6": charmap.ISO8859_6, "iso8859_7": charmap.ISO8859_7,
	"iso8859_8": charmap.ISO8859_8, "iso8859_9": charmap.ISO8859_9, "iso8859_10": charmap.ISO8859_10,
	"iso8859_13": charmap.ISO8859_13, "iso8859_14": charmap.ISO8859_14, "iso8859_16": charmap.ISO8859_16,
	"koi8_r": charmap.KOI8R, "koi8_u": charmap.KOI8U,
	"mac_roman": charmap.Macintosh, "mac_cyrillic": charmap.MacintoshCyrillic,
	"shift_jis": japanese.ShiftJIS, "cp932": japanese.ShiftJIS, "euc_jp": japanese.EUCJP,
	"iso2022_jp": japanese.ISO2022JP, "euc_kr": korean.EUCKR, "cp949": korean.EUCKR,
	"gbk": simplifiedchinese.GBK, "gb2312": simplifiedchinese.GBK, "gb18030": simplifiedchinese.GB18030,
	"hz": simplifiedchinese.HZGB2312, "big5": traditionalchinese.Big5, "cp950": traditionalchinese.Big5,
}

// codecAliases maps Python's alias spellings (normalized) to codec names.
var codecAliases = map[string]string{
	"windows_1250": "cp1250", "windows_1251": "cp1251", "windows_1253": "cp1253", "windows_1254": "cp1254",
	"windows_1255": "cp1255", "windows_1256": "cp1256", "windows_1257": "cp1257", "windows_1258": "cp1258",
	"1250": "cp1250", "1251": "cp1251", "1253": "cp1253", "1254": "cp1254", "1255": "cp1255",
	"1256": "cp1256", "1257": "cp1257", "1258": "cp1258",
	"437": "cp437", "ibm437": "cp437", "850": "cp850", "ibm850": "cp850", "852": "cp852", "ibm852": "cp852",
	"855": "cp855", "ibm855": "cp855", "866": "cp866", "ibm866": "cp866", "858": "cp858", "ibm037": "cp037",
	"ibm039": "cp037", "860": "cp860", "862": "cp862", "863": "cp863", "865": "cp865",
	"iso_8859_2": "iso8859_2", "latin2": "iso8859_2", "l2": "iso8859_2",
	"iso_8859_3": "iso8859_3", "latin3": "iso8859_3", "l3": "iso8859_3",
	"iso_8859_4": "iso8859_4", "latin4": "iso8859_4", "l4": "iso8859_4",
	"iso_8859_5": "iso8859_5", "cyrillic": "iso8859_5",
	"iso_8859_6": "iso8859_6", "arabic": "iso8859_6",
	"iso_8859_7": "iso8859_7", "greek": "iso8859_7", "greek8": "iso8859_7",
	"iso_8859_8": "iso8859_8", "hebrew": "iso8859_8",
	"iso_8859_9": "iso8859_9", "latin5": "iso8859_9", "l5": "iso8859_9",
	"iso_8859_10": "iso8859_10", "latin6": "iso8859_10", "l6": "iso8859_10",
	"iso_8859_13": "iso8859_13", "latin7": "iso8859_13", "l7": "iso8859_13",
	"iso_8859_14": "iso8859_14", "latin8": "iso8859_14", "l8": "iso8859_14",
	"iso_8859_16": "iso8859_16", "latin10": "iso8859_16", "l10": "iso8859_16",
	"macroman": "mac_roman", "macintosh": "mac_roman", "maccyrillic": "mac_cyrillic",
	"csshiftjis": "shift_jis", "shiftjis": "shift_jis", "sjis": "shift_jis", "s_jis": "shift_jis",
	"932": "cp932", "ms932": "cp932", "mskanji": "cp932", "ms_kanji": "cp932",
	"eucjp": "euc_jp", "ujis": "euc_jp", "u_jis": "euc_jp",
	"csiso2022jp": "iso2022_jp", "iso2022jp": "iso2022_jp", "iso_2022_jp": "iso2022_jp",
	"euckr": "euc_kr", "korean": "euc_kr", "ksc5601": "euc_kr", "ks_c_5601": "euc_kr",
	"ks_c_5601_1987": "euc_kr", "ksx1001": "euc_kr", "ks_x_1001": "euc_kr",
	"949": "cp949", "ms949": "cp949", "uhc": "cp949",
	"936": "gbk", "cp936": "gbk", "ms936": "gbk",
	"chinese": "gb2312", "csiso58gb231280": "gb2312", "euc_cn": "gb2312", "euccn": "gb2312",
	"eucgb2312_cn": "gb2312", "gb2312_1980": "gb2312", "gb2312_80": "gb2312", "iso_ir_58": "gb2312",
	"gb18030_2000": "gb18030", "hzgb": "hz", "hz_gb": "hz", "hz_gb_2312": "hz",
	"big5_tw": "big5", "csbig5": "big5", "950": "cp950", "ms950": "cp950",
}

// lookupExtraCodec returns the codec name for a normalized encoding name
// served by extraCodecs, or "".
func lookupExtraCodec(norm string) string {
	if alias, ok := codecAliases[norm]; ok {
		norm = alias
	}
	if _, ok := extraCodecs[norm]; ok {
		return norm
	}
	return ""
}

// decodeExtra decodes src with one of extraCodecs. Errors name the byte
// position in the whole input (BOM included), as CPython's do.
func decodeExtra(codec string, src []byte, base int) (string, *Error) {
	enc := extraCodecs[codec]
	if cm, ok := enc.(*charmap.Charmap); ok {
		var sb strings.Builder
		sb.Grow(len(src) + len(src)/4)
		for i, c := range src {
			r := cm.DecodeByte(c)
			if r == utf8.RuneError {
				return "", decodeError("'charmap' codec can't decode byte 0x" + hex2(c) + " in position " + strconv.Itoa(base+i) + ": character maps to <undefined>")
			}
			sb.WriteRune(r)
		}
		return sb.String(), nil
	}
	out, err := enc.NewDecoder().Bytes(src)
	if err != nil || utf8.Valid(out) && strings.ContainsRune(string(out), utf8.RuneError) {
		pos := 0
		if i := strings.IndexRune(string(out), utf8.RuneError); i >= 0 {
			pos = i
		}
		return "", decodeError("'" + codec + "' codec can't decode bytes in position " + strconv.Itoa(base+pos) + ": illegal multibyte sequence")
	}
	return string(out), nil
}
