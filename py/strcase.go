package py

import "unicode"

// Full Unicode case mappings for str.upper/lower/title/capitalize/swapcase
// and casefold, as CPython applies them: SpecialCasing's unconditional
// one-to-many mappings (ß → SS, ŉ → ʼN, ﬁ → FI...), full case folding, and
// the Final_Sigma rule for Σ. Characters outside specialCase use Go's
// simple mappings.

// specialCase maps a code point to its full upper, lower, title and
// folded forms where one of them differs from the simple mapping. The
// table was extracted from Unicode 16.0 (the version of CPython 3.14) by
// enumerating the code points whose full mappings are longer than one
// character or whose folding differs from lower-casing.
var specialCase = map[rune][4]string{
	0xb5:   {"\U0000039c", "\U000000b5", "\U0000039c", "\U000003bc"},
	0xdf:   {"\U00000053\U00000053", "\U000000df", "\U00000053\U00000073", "\U00000073\U00000073"},
	0x130:  {"\U00000130", "\U00000069\U00000307", "\U00000130", "\U00000069\U00000307"},
	0x149:  {"\U000002bc\U0000004e", "\U00000149", "\U000002bc\U0000004e", "\U000002bc\U0000006e"},
	0x17f:  {"\U00000053", "\U0000017f", "\U00000053", "\U00000073"},
	0x1f0:  {"\U0000004a\U0000030c", "\U000001f0", "\U0000004a\U0000030c", "\U0000006a\U0000030c"},
	0x345:  {"\U00000399", "\U00000345", "\U00000399", "\U000003b9"},
	0x390:  {"\U00000399\U00000308\U00000301", "\U00000390", "\U00000399\U00000308\U00000301", "\U000003b9\U00000308\U00000301"},
	0x3b0:  {"\U000003a5\U00000308\U00000301", "\U000003b0", "\U000003a5\U00000308\U00000301", "\U000003c5\U00000308\U00000301"},
	0x3c2:  {"\U000003a3", "\U000003c2", "\U000003a3", "\U000003c3"},
	0x3d0:  {"\U00000392", "\U000003d0", "\U00000392", "\U000003b2"},
	0x3d1:  {"\U00000398", "\U000003d1", "\U00000398", "\U000003b8"},
	0x3d5:  {"\U000003a6", "\U000003d5", "\U000003a6", "\U000003c6"},
	0x3d6:  {"\U000003a0", "\U000003d6", "\U000003a0", "\U000003c0"},
	0x3f0:  {"\U0000039a", "\U000003f0", "\U0000039a", "\U000003ba"},
	0x3f1:  {"\U000003a1", "\U000003f1", "\U000003a1", "\U000003c1"},
	0x3f5:  {"\U00000395", "\U000003f5", "\U00000395", "\U000003b5"},
	0x587:  {"\U00000535\U00000552", "\U00000587", "\U00000535\U00000582", "\U00000565\U00000582"},
	0x13a0: {"\U000013a0", "\U0000ab70", "\U000013a0", "\U000013a0"},
	0x13a1: {"\U000013a1", "\U0000ab71", "\U000013a1", "\U000013a1"},
	0x13a2: {"\U000013a2", "\U0000ab72", "\U000013a2", "\U000013a2"},
	0x13a3: {"\U000013a3", "\U0000ab73", "\U000013a3", "\U000013a3"},
	0x13a4: {"\U000013a4", "\U0000ab74", "\U000013a4", "\U000013a4"},
	0x13a5: {"\U000013a5", "\U0000ab75", "\U000013a5", "\U000013a5"},
	0x13a6: {"\U000013a6", "\U0000ab76", "\U000013a6", "\U000013a6"},
	0x13a7: {"\U000013a7", "\U0000ab77", "\U000013a7", "\U000013a7"},
	0x13a8: {"\U000013a8", "\U0000ab78", "\U000013a8", "\U000013a8"},
	0x13a9: {"\U000013a9", "\U0000ab79", "\U000013a9", "\U000013a9"},
	0x13aa: {"\U000013aa", "\U0000ab7a", "\U000013aa", "\U000013aa"},
	0x13ab: {"\U000013ab", "\U0000ab7b", "\U000013ab", "\U000013ab"},
	0x13ac: {"\U000013ac", "\U0000ab7c", "\U000013ac", "\U000013ac"},
	0x13ad: {"\U000013ad", "\U0000ab7d", "\U000013ad", "\U000013ad"},
	0x13ae: {"\U000013ae", "\U0000ab7e", "\U000013ae", "\U000013ae"},
	0x13af: {"\U000013af", "\U0000ab7f", "\U000013af", "\U000013af"},
	0x13b0: {"\U000013b0", "\U0000ab80", "\U000013b0", "\U000013b0"},
	0x13b1: {"\U000013b1", "\U0000ab81", "\U000013b1", "\U000013b1"},
	0x13b2: {"\U000013b2", "\U0000ab82", "\U000013b2", "\U000013b2"},
	0x13b3: {"\U000013b3", "\U0000ab83", "\U000013b3", "\U000013b3"},
	0x13b4: {"\U000013b4", "\U0000ab84", "\U000013b4", "\U000013b4"},
	0x13b5: {"\U000013b5", "\U0000ab85", "\U000013b5", "\U000013b5"},
	0x13b6: {"\U000013b6", "\U0000ab86", "\U000013b6", "\U000013b6"},
	0x13b7: {"\U000013b7", "\U0000ab87", "\U000013b7", "\U000013b7"},
	0x13b8: {"\U000013b8", "\U0000ab88", "\U000013b8", "\U000013b8"},
	0x13b9: {"\U000013b9", "\U0000ab89", "\U000013b9", "\U000013b9"},
	0x13ba: {"\U000013ba", "\U0000ab8a", "\U000013ba", "\U000013ba"},
	0x13bb: {"\U000013bb", "\U0000ab8b", "\U000013bb", "\U000013bb"},
	0x13bc: {"\U000013bc", "\U0000ab8c", "\U000013bc", "\U000013bc"},
	0x13bd: {"\U000013bd", "\U0000ab8d", "\U000013bd", "\U000013bd"},
	0x13be: {"\U000013be", "\U0000ab8e", "\U000013be", "\U000013be"},
	0x13bf: {"\U000013bf", "\U0000ab8f", "\U000013bf", "\U000013bf"},
	0x13c0: {"\U000013c0", "\U0000ab90", "\U000013c0", "\U000013c0"},
	0x13c1: {"\U000013c1", "\U0000ab91", "\U000013c1", "\U000013c1"},
	0x13c2: {"\U000013c2", "\U0000ab92", "\U000013c2", "\U000013c2"},
	0x13c3: {"\U000013c3", "\U0000ab93", "\U000013c3", "\U000013c3"},
	0x13c4: {"\U000013c4", "\U0000ab94", "\U000013c4", "\U000013c4"},
	0x13c5: {"\U000013c5", "\U0000ab95", "\U000013c5", "\U000013c5"},
	0x13c6: {"\U000013c6", "\U0000ab96", "\U000013c6", "\U000013c6"},
	0x13c7: {"\U000013c7", "\U0000ab97", "\U000013c7", "\U000013c7"},
	0x13c8: {"\U000013c8", "\U0000ab98", "\U000013c8", "\U000013c8"},
	0x13c9: {"\U000013c9", "\U0000ab99", "\U000013c9", "\U000013c9"},
	0x13ca: {"\U000013ca", "\U0000ab9a", "\U000013ca", "\U000013ca"},
	0x13cb: {"\U000013cb", "\U0000ab9b", "\U000013cb", "\U000013cb"},
	0x13cc: {"\U000013cc", "\U0000ab9c", "\U000013cc", "\U000013cc"},
	0x13cd: {"\U000013cd", "\U0000ab9d", "\U000013cd", "\U000013cd"},
	0x13ce: {"\U000013ce", "\U0000ab9e", "\U000013ce", "\U000013ce"},
	0x13cf: {"\U000013cf", "\U0000ab9f", "\U000013cf", "\U000013cf"},
	0x13d0: {"\U000013d0", "\U0000aba0", "\U000013d0", "\U000013d0"},
	0x13d1: {"\U000013d1", "\U0000aba1", "\U000013d1", "\U000013d1"},
	0x13d2: {"\U000013d2", "\U0000aba2", "\U000013d2", "\U000013d2"},
	0x13d3: {"\U000013d3", "\U0000aba3", "\U000013d3", "\U000013d3"},
	0x13d4: {"\U000013d4", "\U0000aba4", "\U000013d4", "\U000013d4"},
	0x13d5: {"\U000013d5", "\U0000aba5", "\U000013d5", "\U000013d5"},
	0x13d6: {"\U000013d6", "\U0000aba6", "\U000013d6", "\U000013d6"},
	0x13d7: {"\U000013d7", "\U0000aba7", "\U000013d7", "\U000013d7"},
	0x13d8: {"\U000013d8", "\U0000aba8", "\U000013d8", "\U000013d8"},
	0x13d9: {"\U000013d9", "\U0000aba9", "\U000013d9", "\U000013d9"},
	0x13da: {"\U000013da", "\U0000abaa", "\U000013da", "\U000013da"},
	0x13db: {"\U000013db", "\U0000abab", "\U000013db", "\U000013db"},
	0x13dc: {"\U000013dc", "\U0000abac", "\U000013dc", "\U000013dc"},
	0x13dd: {"\U000013dd", "\U0000abad", "\U000013dd", "\U000013dd"},
	0x13de: {"\U000013de", "\U0000abae", "\U000013de", "\U000013de"},
	0x13df: {"\U000013df", "\U0000abaf", "\U000013df", "\U000013df"},
	0x13e0: {"\U000013e0", "\U0000abb0", "\U000013e0", "\U000013e0"},
	0x13e1: {"\U000013e1", "\U0000abb1", "\U000013e1", "\U000013e1"},
	0x13e2: {"\U000013e2", "\U0000abb2", "\U000013e2", "\U000013e2"},
	0x13e3: {"\U000013e3", "\U0000abb3", "\U000013e3", "\U000013e3"},
	0x13e4: {"\U000013e4", "\U0000abb4", "\U000013e4", "\U000013e4"},
	0x13e5: {"\U000013e5", "\U0000abb5", "\U000013e5", "\U000013e5"},
	0x13e6: {"\U000013e6", "\U0000abb6", "\U000013e6", "\U000013e6"},
	0x13e7: {"\U000013e7", "\U0000abb7", "\U000013e7", "\U000013e7"},
	0x13e8: {"\U000013e8", "\U0000abb8", "\U000013e8", "\U000013e8"},
	0x13e9: {"\U000013e9", "\U0000abb9", "\U000013e9", "\U000013e9"},
	0x13ea: {"\U000013ea", "\U0000abba", "\U000013ea", "\U000013ea"},
	0x13eb: {"\U000013eb", "\U0000abbb", "\U000013eb", "\U000013eb"},
	0x13ec: {"\U000013ec", "\U0000abbc", "\U000013ec", "\U000013ec"},
	0x13ed: {"\U000013ed", "\U0000abbd", "\U000013ed", "\U000013ed"},
	0x13ee: {"\U000013ee", "\U0000abbe", "\U000013ee", "\U000013ee"},
	0x13ef: {"\U000013ef", "\U0000abbf", "\U000013ef", "\U000013ef"},
	0x13f0: {"\U000013f0", "\U000013f8", "\U000013f0", "\U000013f0"},
	0x13f1: {"\U000013f1", "\U000013f9", "\U000013f1", "\U000013f1"},
	0x13f2: {"\U000013f2", "\U000013fa", "\U000013f2", "\U000013f2"},
	0x13f3: {"\U000013f3", "\U000013fb", "\U000013f3", "\U000013f3"},
	0x13f4: {"\U000013f4", "\U000013fc", "\U000013f4", "\U000013f4"},
	0x13f5: {"\U000013f5", "\U000013fd", "\U000013f5", "\U000013f5"},
	0x13f8: {"\U000013f0", "\U000013f8", "\U000013f0", "\U000013f0"},
	0x13f9: {"\U000013f1", "\U000013f9", "\U000013f1", "\U000013f1"},
	0x13fa: {"\U000013f2", "\U000013fa", "\U000013f2", "\U000013f2"},
	0x13fb: {"\U000013f3", "\U000013fb", "\U000013f3", "\U000013f3"},
	0x13fc: {"\U000013f4", "\U000013fc", "\U000013f4", "\U000013f4"},
	0x13fd: {"\U000013f5", "\U000013fd", "\U000013f5", "\U000013f5"},
	0x1c80: {"\U00000412", "\U00001c80", "\U00000412", "\U00000432"},
	0x1c81: {"\U00000414", "\U00001c81", "\U00000414", "\U00000434"},
	0x1c82: {"\U0000041e", "\U00001c82", "\U0000041e", "\U0000043e"},
	0x1c83: {"\U00000421", "\U00001c83", "\U00000421", "\U00000441"},
	0x1c84: {"\U00000422", "\U00001c84", "\U00000422", "\U00000442"},
	0x1c85: {"\U00000422", "\U00001c85", "\U00000422", "\U00000442"},
	0x1c86: {"\U0000042a", "\U00001c86", "\U0000042a", "\U0000044a"},
	0x1c87: {"\U00000462", "\U00001c87", "\U00000462", "\U00000463"},
	0x1c88: {"\U0000a64a", "\U00001c88", "\U0000a64a", "\U0000a64b"},
	0x1e96: {"\U00000048\U00000331", "\U00001e96", "\U00000048\U00000331", "\U00000068\U00000331"},
	0x1e97: {"\U00000054\U00000308", "\U00001e97", "\U00000054\U00000308", "\U00000074\U00000308"},
	0x1e98: {"\U00000057\U0000030a", "\U00001e98", "\U00000057\U0000030a", "\U00000077\U0000030a"},
	0x1e99: {"\U00000059\U0000030a", "\U00001e99", "\U00000059\U0000030a", "\U00000079\U0000030a"},
	0x1e9a: {"\U00000041\U000002be", "\U00001e9a", "\U00000041\U000002be", "\U00000061\U000002be"},
	0x1e9b: {"\U00001e60", "\U00001e9b", "\U00001e60", "\U00001e61"},
	0x1e9e: {"\U00001e9e", "\U000000df", "\U00001e9e", "\U00000073\U00000073"},
	0x1f50: {"\U000003a5\U00000313", "\U00001f50", "\U000003a5\U00000313", "\U000003c5\U00000313"},
	0x1f52: {"\U000003a5\U00000313\U00000300", "\U00001f52", "\U000003a5\U00000313\U00000300", "\U000003c5\U00000313\U00000300"},
	0x1f54: {"\U000003a5\U00000313\U00000301", "\U00001f54", "\U000003a5\U00000313\U00000301", "\U000003c5\U00000313\U00000301"},
	0x1f56: {"\U000003a5\U00000313\U00000342", "\U00001f56", "\U000003a5\U00000313\U00000342", "\U000003c5\U00000313\U00000342"},
	0x1f80: {"\U00001f08\U00000399", "\U00001f80", "\U00001f88", "\U00001f00\U000003b9"},
	0x1f81: {"\U00001f09\U00000399", "\U00001f81", "\U00001f89", "\U00001f01\U000003b9"},
	0x1f82: {"\U00001f0a\U00000399", "\U00001f82", "\U00001f8a", "\U00001f02\U000003b9"},
	0x1f83: {"\U00001f0b\U00000399", "\U00001f83", "\U00001f8b", "\U00001f03\U000003b9"},
	0x1f84: {"\U00001f0c\U00000399", "\U00001f84", "\U00001f8c", "\U00001f04\U000003b9"},
	0x1f85: {"\U00001f0d\U00000399", "\U00001f85", "\U00001f8d", "\U00001f05\U000003b9"},
	0x1f86: {"\U00001f0e\U00000399", "\U00001f86", "\U00001f8e", "\U00001f06\U000003b9"},
	0x1f87: {"\U00001f0f\U00000399", "\U00001f87", "\U00001f8f", "\U00001f07\U000003b9"},
	0x1f88: {"\U00001f08\U00000399", "\U00001f80", "\U00001f88", "\U00001f00\U000003b9"},
	0x1f89: {"\U00001f09\U00000399", "\U00001f81", "\U00001f89", "\U00001f01\U000003b9"},
	0x1f8a: {"\U00001f0a\U00000399", "\U00001f82", "\U00001f8a", "\U00001f02\U000003b9"},
	0x1f8b: {"\U00001f0b\U00000399", "\U00001f83", "\U00001f8b", "\U00001f03\U000003b9"},
	0x1f8c: {"\U00001f0c\U00000399", "\U00001f84", "\U00001f8c", "\U00001f04\U000003b9"},
	0x1f8d: {"\U00001f0d\U00000399", "\U00001f85", "\U00001f8d", "\U00001f05\U000003b9"},
	0x1f8e: {"\U00001f0e\U00000399", "\U00001f86", "\U00001f8e", "\U00001f06\U000003b9"},
	0x1f8f: {"\U00001f0f\U00000399", "\U00001f87", "\U00001f8f", "\U00001f07\U000003b9"},
	0x1f90: {"\U00001f28\U00000399", "\U00001f90", "\U00001f98", "\U00001f20\U000003b9"},
	0x1f91: {"\U00001f29\U00000399", "\U00001f91", "\U00001f99", "\U00001f21\U000003b9"},
	0x1f92: {"\U00001f2a\U00000399", "\U00001f92", "\U00001f9a", "\U00001f22\U000003b9"},
	0x1f93: {"\U00001f2b\U00000399", "\U00001f93", "\U00001f9b", "\U00001f23\U000003b9"},
	0x1f94: {"\U00001f2c\U00000399", "\U00001f94", "\U00001f9c", "\U00001f24\U000003b9"},
	0x1f95: {"\U00001f2d\U00000399", "\U00001f95", "\U00001f9d", "\U00001f25\U000003b9"},
	0x1f96: {"\U00001f2e\U00000399", "\U00001f96", "\U00001f9e", "\U00001f26\U000003b9"},
	0x1f97: {"\U00001f2f\U00000399", "\U00001f97", "\U00001f9f", "\U00001f27\U000003b9"},
	0x1f98: {"\U00001f28\U00000399", "\U00001f90", "\U00001f98", "\U00001f20\U000003b9"},
	0x1f99: {"\U00001f29\U00000399", "\U00001f91", "\U00001f99", "\U00001f21\U000003b9"},
	0x1f9a: {"\U00001f2a\U00000399", "\U00001f92", "\U00001f9a", "\U00001f22\U000003b9"},
	0x1f9b: {"\U00001f2b\U00000399", "\U00001f93", "\U00001f9b", "\U00001f23\U000003b9"},
	0x1f9c: {"\U00001f2c\U00000399", "\U00001f94", "\U00001f9c", "\U00001f24\U000003b9"},
	0x1f9d: {"\U00001f2d\U00000399", "\U00001f95", "\U00001f9d", "\U00001f25\U000003b9"},
	0x1f9e: {"\U00001f2e\U00000399", "\U00001f96", "\U00001f9e", "\U00001f26\U000003b9"},
	0x1f9f: {"\U00001f2f\U00000399", "\U00001f97", "\U00001f9f", "\U00001f27\U000003b9"},
	0x1fa0: {"\U00001f68\U00000399", "\U00001fa0", "\U00001fa8", "\U00001f60\U000003b9"},
	0x1fa1: {"\U00001f69\U00000399", "\U00001fa1", "\U00001fa9", "\U00001f61\U000003b9"},
	0x1fa2: {"\U00001f6a\U00000399", "\U00001fa2", "\U00001faa", "\U00001f62\U000003b9"},
	0x1fa3: {"\U00001f6b\U00000399", "\U00001fa3", "\U00001fab", "\U00001f63\U000003b9"},
	0x1fa4: {"\U00001f6c\U00000399", "\U00001fa4", "\U00001fac", "\U00001f64\U000003b9"},
	0x1fa5: {"\U00001f6d\U00000399", "\U00001fa5", "\U00001fad", "\U00001f65\U000003b9"},
	0x1fa6: {"\U00001f6e\U00000399", "\U00001fa6", "\U00001fae", "\U00001f66\U000003b9"},
	0x1fa7: {"\U00001f6f\U00000399", "\U00001fa7", "\U00001faf", "\U00001f67\U000003b9"},
	0x1fa8: {"\U00001f68\U00000399", "\U00001fa0", "\U00001fa8", "\U00001f60\U000003b9"},
	0x1fa9: {"\U00001f69\U00000399", "\U00001fa1", "\U00001fa9", "\U00001f61\U000003b9"},
	0x1faa: {"\U00001f6a\U00000399", "\U00001fa2", "\U00001faa", "\U00001f62\U000003b9"},
	0x1fab: {"\U00001f6b\U00000399", "\U00001fa3", "\U00001fab", "\U00001f63\U000003b9"},
	0x1fac: {"\U00001f6c\U00000399", "\U00001fa4", "\U00001fac", "\U00001f64\U000003b9"},
	0x1fad: {"\U00001f6d\U00000399", "\U00001fa5", "\U00001fad", "\U00001f65\U000003b9"},
	0x1fae: {"\U00001f6e\U00000399", "\U00001fa6", "\U00001fae", "\U00001f66\U000003b9"},
	0x1faf: {"\U00001f6f\U00000399", "\U00001fa7", "\U00001faf", "\U00001f67\U000003b9"},
	0x1fb2: {"\U00001fba\U00000399", "\U00001fb2", "\U00001fba\U00000345", "\U00001f70\U000003b9"},
	0x1fb3: {"\U00000391\U00000399", "\U00001fb3", "\U00001fbc", "\U000003b1\U000003b9"},
	0x1fb4: {"\U00000386\U00000399", "\U00001fb4", "\U00000386\U00000345", "\U000003ac\U000003b9"},
	0x1fb6: {"\U00000391\U00000342", "\U00001fb6", "\U00000391\U00000342", "\U000003b1\U00000342"},
	0x1fb7: {"\U00000391\U00000342\U00000399", "\U00001fb7", "\U00000391\U00000342\U00000345", "\U000003b1\U00000342\U000003b9"},
	0x1fbc: {"\U00000391\U00000399", "\U00001fb3", "\U00001fbc", "\U000003b1\U000003b9"},
	0x1fbe: {"\U00000399", "\U00001fbe", "\U00000399", "\U000003b9"},
	0x1fc2: {"\U00001fca\U00000399", "\U00001fc2", "\U00001fca\U00000345", "\U00001f74\U000003b9"},
	0x1fc3: {"\U00000397\U00000399", "\U00001fc3", "\U00001fcc", "\U000003b7\U000003b9"},
	0x1fc4: {"\U00000389\U00000399", "\U00001fc4", "\U00000389\U00000345", "\U000003ae\U000003b9"},
	0x1fc6: {"\U00000397\U00000342", "\U00001fc6", "\U00000397\U00000342", "\U000003b7\U00000342"},
	0x1fc7: {"\U00000397\U00000342\U00000399", "\U00001fc7", "\U00000397\U00000342\U00000345", "\U000003b7\U00000342\U000003b9"},
	0x1fcc: {"\U00000397\U00000399", "\U00001fc3", "\U00001fcc", "\U000003b7\U000003b9"},
	0x1fd2: {"\U00000399\U00000308\U00000300", "\U00001fd2", "\U00000399\U00000308\U00000300", "\U000003b9\U00000308\U00000300"},
	0x1fd3: {"\U00000399\U00000308\U00000301", "\U00001fd3", "\U00000399\U00000308\U00000301", "\U000003b9\U00000308\U00000301"},
	0x1fd6: {"\U00000399\U00000342", "\U00001fd6", "\U00000399\U00000342", "\U000003b9\U00000342"},
	0x1fd7: {"\U00000399\U00000308\U00000342", "\U00001fd7", "\U00000399\U00000308\U00000342", "\U000003b9\U00000308\U00000342"},
	0x1fe2: {"\U000003a5\U00000308\U00000300", "\U00001fe2", "\U000003a5\U00000308\U00000300", "\U000003c5\U00000308\U00000300"},
	0x1fe3: {"\U000003a5\U00000308\U00000301", "\U00001fe3", "\U000003a5\U00000308\U00000301", "\U000003c5\U00000308\U00000301"},
	0x1fe4: {"\U000003a1\U00000313", "\U00001fe4", "\U000003a1\U00000313", "\U000003c1\U00000313"},
	0x1fe6: {"\U000003a5\U00000342", "\U00001fe6", "\U000003a5\U00000342", "\U000003c5\U00000342"},
	0x1fe7: {"\U000003a5\U00000308\U00000342", "\U00001fe7", "\U000003a5\U00000308\U00000342", "\U000003c5\U00000308\U00000342"},
	0x1ff2: {"\U00001ffa\U00000399", "\U00001ff2", "\U00001ffa\U00000345", "\U00001f7c\U000003b9"},
	0x1ff3: {"\U000003a9\U00000399", "\U00001ff3", "\U00001ffc", "\U000003c9\U000003b9"},
	0x1ff4: {"\U0000038f\U00000399", "\U00001ff4", "\U0000038f\U00000345", "\U000003ce\U000003b9"},
	0x1ff6: {"\U000003a9\U00000342", "\U00001ff6", "\U000003a9\U00000342", "\U000003c9\U00000342"},
	0x1ff7: {"\U000003a9\U00000342\U00000399", "\U00001ff7", "\U000003a9\U00000342\U00000345", "\U000003c9\U00000342\U000003b9"},
	0x1ffc: {"\U000003a9\U00000399", "\U00001ff3", "\U00001ffc", "\U000003c9\U000003b9"},
	0xab70: {"\U000013a0", "\U0000ab70", "\U000013a0", "\U000013a0"},
	0xab71: {"\U000013a1", "\U0000ab71", "\U000013a1", "\U000013a1"},
	0xab72: {"\U000013a2", "\U0000ab72", "\U000013a2", "\U000013a2"},
	0xab73: {"\U000013a3", "\U0000ab73", "\U000013a3", "\U000013a3"},
	0xab74: {"\U000013a4", "\U0000ab74", "\U000013a4", "\U000013a4"},
	0xab75: {"\U000013a5", "\U0000ab75", "\U000013a5", "\U000013a5"},
	0xab76: {"\U000013a6", "\U0000ab76", "\U000013a6", "\U000013a6"},
	0xab77: {"\U000013a7", "\U0000ab77", "\U000013a7", "\U000013a7"},
	0xab78: {"\U000013a8", "\U0000ab78", "\U000013a8", "\U000013a8"},
	0xab79: {"\U000013a9", "\U0000ab79", "\U000013a9", "\U000013a9"},
	0xab7a: {"\U000013aa", "\U0000ab7a", "\U000013aa", "\U000013aa"},
	0xab7b: {"\U000013ab", "\U0000ab7b", "\U000013ab", "\U000013ab"},
	0xab7c: {"\U000013ac", "\U0000ab7c", "\U000013ac", "\U000013ac"},
	0xab7d: {"\U000013ad", "\U0000ab7d", "\U000013ad", "\U000013ad"},
	0xab7e: {"\U000013ae", "\U0000ab7e", "\U000013ae", "\U000013ae"},
	0xab7f: {"\U000013af", "\U0000ab7f", "\U000013af", "\U000013af"},
	0xab80: {"\U000013b0", "\U0000ab80", "\U000013b0", "\U000013b0"},
	0xab81: {"\U000013b1", "\U0000ab81", "\U000013b1", "\U000013b1"},
	0xab82: {"\U000013b2", "\U0000ab82", "\U000013b2", "\U000013b2"},
	0xab83: {"\U000013b3", "\U0000ab83", "\U000013b3", "\U000013b3"},
	0xab84: {"\U000013b4", "\U0000ab84", "\U000013b4", "\U000013b4"},
	0xab85: {"\U000013b5", "\U0000ab85", "\U000013b5", "\U000013b5"},
	0xab86: {"\U000013b6", "\U0000ab86", "\U000013b6", "\U000013b6"},
	0xab87: {"\U000013b7", "\U0000ab87", "\U000013b7", "\U000013b7"},
	0xab88: {"\U000013b8", "\U0000ab88", "\U000013b8", "\U000013b8"},
	0xab89: {"\U000013b9", "\U0000ab89", "\U000013b9", "\U000013b9"},
	0xab8a: {"\U000013ba", "\U0000ab8a", "\U000013ba", "\U000013ba"},
	0xab8b: {"\U000013bb", "\U0000ab8b", "\U000013bb", "\U000013bb"},
	0xab8c: {"\U000013bc", "\U0000ab8c", "\U000013bc", "\U000013bc"},
	0xab8d: {"\U000013bd", "\U0000ab8d", "\U000013bd", "\U000013bd"},
	0xab8e: {"\U000013be", "\U0000ab8e", "\U000013be", "\U000013be"},
	0xab8f: {"\U000013bf", "\U0000ab8f", "\U000013bf", "\U000013bf"},
	0xab90: {"\U000013c0", "\U0000ab90", "\U000013c0", "\U000013c0"},
	0xab91: {"\U000013c1", "\U0000ab91", "\U000013c1", "\U000013c1"},
	0xab92: {"\U000013c2", "\U0000ab92", "\U000013c2", "\U000013c2"},
	0xab93: {"\U000013c3", "\U0000ab93", "\U000013c3", "\U000013c3"},
	0xab94: {"\U000013c4", "\U0000ab94", "\U000013c4", "\U000013c4"},
	0xab95: {"\U000013c5", "\U0000ab95", "\U000013c5", "\U000013c5"},
	0xab96: {"\U000013c6", "\U0000ab96", "\U000013c6", "\U000013c6"},
	0xab97: {"\U000013c7", "\U0000ab97", "\U000013c7", "\U000013c7"},
	0xab98: {"\U000013c8", "\U0000ab98", "\U000013c8", "\U000013c8"},
	0xab99: {"\U000013c9", "\U0000ab99", "\U000013c9", "\U000013c9"},
	0xab9a: {"\U000013ca", "\U0000ab9a", "\U000013ca", "\U000013ca"},
	0xab9b: {"\U000013cb", "\U0000ab9b", "\U000013cb", "\U000013cb"},
	0xab9c: {"\U000013cc", "\U0000ab9c", "\U000013cc", "\U000013cc"},
	0xab9d: {"\U000013cd", "\U0000ab9d", "\U000013cd", "\U000013cd"},
	0xab9e: {"\U000013ce", "\U0000ab9e", "\U000013ce", "\U000013ce"},
	0xab9f: {"\U000013cf", "\U0000ab9f", "\U000013cf", "\U000013cf"},
	0xaba0: {"\U000013d0", "\U0000aba0", "\U000013d0", "\U000013d0"},
	0xaba1: {"\U000013d1", "\U0000aba1", "\U000013d1", "\U000013d1"},
	0xaba2: {"\U000013d2", "\U0000aba2", "\U000013d2", "\U000013d2"},
	0xaba3: {"\U000013d3", "\U0000aba3", "\U000013d3", "\U000013d3"},
	0xaba4: {"\U000013d4", "\U0000aba4", "\U000013d4", "\U000013d4"},
	0xaba5: {"\U000013d5", "\U0000aba5", "\U000013d5", "\U000013d5"},
	0xaba6: {"\U000013d6", "\U0000aba6", "\U000013d6", "\U000013d6"},
	0xaba7: {"\U000013d7", "\U0000aba7", "\U000013d7", "\U000013d7"},
	0xaba8: {"\U000013d8", "\U0000aba8", "\U000013d8", "\U000013d8"},
	0xaba9: {"\U000013d9", "\U0000aba9", "\U000013d9", "\U000013d9"},
	0xabaa: {"\U000013da", "\U0000abaa", "\U000013da", "\U000013da"},
	0xabab: {"\U000013db", "\U0000abab", "\U000013db", "\U000013db"},
	0xabac: {"\U000013dc", "\U0000abac", "\U000013dc", "\U000013dc"},
	0xabad: {"\U000013dd", "\U0000abad", "\U000013dd", "\U000013dd"},
	0xabae: {"\U000013de", "\U0000abae", "\U000013de", "\U000013de"},
	0xabaf: {"\U000013df", "\U0000abaf", "\U000013df", "\U000013df"},
	0xabb0: {"\U000013e0", "\U0000abb0", "\U000013e0", "\U000013e0"},
	0xabb1: {"\U000013e1", "\U0000abb1", "\U000013e1", "\U000013e1"},
	0xabb2: {"\U000013e2", "\U0000abb2", "\U000013e2", "\U000013e2"},
	0xabb3: {"\U000013e3", "\U0000abb3", "\U000013e3", "\U000013e3"},
	0xabb4: {"\U000013e4", "\U0000abb4", "\U000013e4", "\U000013e4"},
	0xabb5: {"\U000013e5", "\U0000abb5", "\U000013e5", "\U000013e5"},
	0xabb6: {"\U000013e6", "\U0000abb6", "\U000013e6", "\U000013e6"},
	0xabb7: {"\U000013e7", "\U0000abb7", "\U000013e7", "\U000013e7"},
	0xabb8: {"\U000013e8", "\U0000abb8", "\U000013e8", "\U000013e8"},
	0xabb9: {"\U000013e9", "\U0000abb9", "\U000013e9", "\U000013e9"},
	0xabba: {"\U000013ea", "\U0000abba", "\U000013ea", "\U000013ea"},
	0xabbb: {"\U000013eb", "\U0000abbb", "\U000013eb", "\U000013eb"},
	0xabbc: {"\U000013ec", "\U0000abbc", "\U000013ec", "\U000013ec"},
	0xabbd: {"\U000013ed", "\U0000abbd", "\U000013ed", "\U000013ed"},
	0xabbe: {"\U000013ee", "\U0000abbe", "\U000013ee", "\U000013ee"},
	0xabbf: {"\U000013ef", "\U0000abbf", "\U000013ef", "\U000013ef"},
	0xfb00: {"\U00000046\U00000046", "\U0000fb00", "\U00000046\U00000066", "\U00000066\U00000066"},
	0xfb01: {"\U00000046\U00000049", "\U0000fb01", "\U00000046\U00000069", "\U00000066\U00000069"},
	0xfb02: {"\U00000046\U0000004c", "\U0000fb02", "\U00000046\U0000006c", "\U00000066\U0000006c"},
	0xfb03: {"\U00000046\U00000046\U00000049", "\U0000fb03", "\U00000046\U00000066\U00000069", "\U00000066\U00000066\U00000069"},
	0xfb04: {"\U00000046\U00000046\U0000004c", "\U0000fb04", "\U00000046\U00000066\U0000006c", "\U00000066\U00000066\U0000006c"},
	0xfb05: {"\U00000053\U00000054", "\U0000fb05", "\U00000053\U00000074", "\U00000073\U00000074"},
	0xfb06: {"\U00000053\U00000054", "\U0000fb06", "\U00000053\U00000074", "\U00000073\U00000074"},
	0xfb13: {"\U00000544\U00000546", "\U0000fb13", "\U00000544\U00000576", "\U00000574\U00000576"},
	0xfb14: {"\U00000544\U00000535", "\U0000fb14", "\U00000544\U00000565", "\U00000574\U00000565"},
	0xfb15: {"\U00000544\U0000053b", "\U0000fb15", "\U00000544\U0000056b", "\U00000574\U0000056b"},
	0xfb16: {"\U0000054e\U00000546", "\U0000fb16", "\U0000054e\U00000576", "\U0000057e\U00000576"},
	0xfb17: {"\U00000544\U0000053d", "\U0000fb17", "\U00000544\U0000056d", "\U00000574\U0000056d"},
}

func caseUpper(r rune) string {
	if e, ok := specialCase[r]; ok {
		return e[0]
	}
	return string(unicode.ToUpper(r))
}

func caseTitle(r rune) string {
	if e, ok := specialCase[r]; ok {
		return e[2]
	}
	return string(unicode.ToTitle(r))
}

func caseFold(r rune) string {
	if e, ok := specialCase[r]; ok {
		return e[3]
	}
	return string(unicode.ToLower(r))
}

// isCasedRune is Unicode's Cased property.
func isCasedRune(r rune) bool {
	return unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r) ||
		unicode.Is(unicode.Other_Lowercase, r) || unicode.Is(unicode.Other_Uppercase, r)
}

// isCaseIgnorable is Unicode's Case_Ignorable property.
func isCaseIgnorable(r rune) bool {
	switch r {
	case '\'', '.', ':', '^', '`', 0xb7, 0x2018, 0x2019, 0x2024, 0xfe52, 0xfe55, 0xff07, 0xff0e, 0xff1a, 0x387, 0x5f4, 0x2027, 0xfe13, 0xad:
		return true
	}
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk)
}

// lowerAt is the full lower-case of rs[i], applying Final_Sigma.
func lowerAt(rs []rune, i int) string {
	r := rs[i]
	if r == 'Σ' {
		j := i - 1
		for j >= 0 && isCaseIgnorable(rs[j]) {
			j--
		}
		final := j >= 0 && isCasedRune(rs[j])
		if final {
			j = i + 1
			for j < len(rs) && isCaseIgnorable(rs[j]) {
				j++
			}
			final = j == len(rs) || !isCasedRune(rs[j])
		}
		if final {
			return "ς"
		}
		return "σ"
	}
	if e, ok := specialCase[r]; ok {
		return e[1]
	}
	return string(unicode.ToLower(r))
}

func isASCII(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if word8(s, i)&asciiHigh != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// Case operations, indexes into caseOps.
const (
	caseUpperOp = iota
	caseLowerOp
	caseFoldOp
	caseSwapOp
	caseCapitalizeOp
	caseTitleOp
)

var caseOps = [...]string{"upper", "lower", "casefold", "swapcase", "capitalize", "title"}

// asciiRangeMask has 0x20 in each byte of the ASCII word x that lies in
// [lo, hi] (lo >= 1): that is the bit that flips an ASCII letter's case.
// No byte add carries into the next, since every byte is below 0x80.
func asciiRangeMask(x uint64, lo, hi byte) uint64 {
	const ones = 0x0101010101010101
	ge := x + ones*uint64(0x80-lo)   // top bit set where byte >= lo
	gt := x + ones*uint64(0x80-hi-1) // top bit set where byte > hi
	return (ge &^ gt) & asciiHigh >> 2
}

// asciiFlip copies src into dst flipping the case of letters in the
// enabled ranges (lower: a-z, upper: A-Z), eight bytes at a time.
func asciiFlip(dst []byte, src string, lower, upper bool) {
	i := 0
	for ; i+8 <= len(src); i += 8 {
		x := word8(src, i)
		var m uint64
		if lower {
			m = asciiRangeMask(x, 'a', 'z')
		}
		if upper {
			m |= asciiRangeMask(x, 'A', 'Z')
		}
		putWord8(dst[i:], x^m)
	}
	for ; i < len(src); i++ {
		c := src[i]
		if lower && c >= 'a' && c <= 'z' || upper && c >= 'A' && c <= 'Z' {
			c ^= 0x20
		}
		dst[i] = c
	}
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// asciiCaseMap is strCaseMap for all-ASCII text: one byte in, one byte
// out, and the result is ASCII too.
func asciiCaseMap(s *Str, op int) *Str {
	src := s.s
	if len(src) == 0 {
		return emptyStr
	}
	r, b := newStrBuf(len(src))
	switch op {
	case caseUpperOp:
		asciiFlip(b, src, true, false)
	case caseLowerOp, caseFoldOp:
		asciiFlip(b, src, false, true)
	case caseSwapOp:
		asciiFlip(b, src, true, true)
	case caseCapitalizeOp:
		asciiFlip(b, src, false, true)
		if c := b[0]; c >= 'a' && c <= 'z' {
			b[0] = c ^ 0x20
		}
	case caseTitleOp:
		prevCased := false
		for i := 0; i < len(src); i++ {
			c := src[i]
			if isASCIILetter(c) {
				if prevCased {
					c |= 0x20
				} else {
					c &^= 0x20
				}
				prevCased = true
			} else {
				prevCased = false
			}
			b[i] = c
		}
	}
	if len(b) == 1 {
		return asciiChars[b[0]]
	}
	return r.finish(b, len(b))
}

// strCaseMap applies the case operation named op to Go text s.
func strCaseMap(s, op string) string {
	for i, name := range caseOps {
		if name == op {
			return strCaseMapStr(NewStr(s), i).s
		}
	}
	return s
}

// strCaseMapStr applies one of CPython's case operations to s.
func strCaseMapStr(s *Str, op int) *Str {
	if s.n == len(s.s) {
		return asciiCaseMap(s, op)
	}
	rs := s.runes()
	b := make([]byte, 0, len(s.s)+8)
	prevCased := false
	for i, r := range rs {
		if r < 0x80 {
			// ASCII has no special casing and no context rules.
			c := byte(r)
			letter := isASCIILetter(c)
			switch op {
			case caseUpperOp:
				if letter {
					c &^= 0x20
				}
			case caseLowerOp, caseFoldOp:
				if letter {
					c |= 0x20
				}
			case caseSwapOp:
				if letter {
					c ^= 0x20
				}
			case caseCapitalizeOp:
				if letter {
					if i == 0 {
						c &^= 0x20
					} else {
						c |= 0x20
					}
				}
			case caseTitleOp:
				if letter {
					if prevCased {
						c |= 0x20
					} else {
						c &^= 0x20
					}
				}
				prevCased = letter
			}
			b = append(b, c)
			continue
		}
		switch op {
		case caseUpperOp:
			b = appendCase(b, r, caseUpper(r))
		case caseLowerOp:
			b = appendCase(b, r, lowerAt(rs, i))
		case caseFoldOp:
			b = appendCase(b, r, caseFold(r))
		case caseSwapOp:
			switch {
			case unicode.IsUpper(r):
				b = appendCase(b, r, lowerAt(rs, i))
			case unicode.IsLower(r):
				b = appendCase(b, r, caseUpper(r))
			default:
				b = appendRune(b, r)
			}
		case caseCapitalizeOp:
			if i == 0 {
				b = appendCase(b, r, caseTitle(r))
			} else {
				b = appendCase(b, r, lowerAt(rs, i))
			}
		case caseTitleOp:
			if prevCased {
				b = appendCase(b, r, lowerAt(rs, i))
			} else {
				b = appendCase(b, r, caseTitle(r))
			}
			prevCased = isCasedRune(r)
		}
	}
	return strFromBytes(b, -1)
}

// appendCase appends the mapping m of r; a surrogate (which Go's string
// conversions would turn into U+FFFD) maps to itself.
func appendCase(b []byte, r rune, m string) []byte {
	if r >= 0xD800 && r <= 0xDFFF {
		return appendRune(b, r)
	}
	return append(b, m...)
}

func strCaseMethods(typ *Type) {
	for op, name := range caseOps {
		strMethod(typ, name, func(t *Thread, s *Str, args []Object, kw *Tuple) (Object, *Exception) {
			if len(args) > 0 || kw.Len() > 0 {
				return Object{}, TypeError("str.%s() takes no arguments (%d given)", name, len(args)+kw.Len())
			}
			return strCaseMapStr(s, op).Obj(), nil
		})
	}
}
