package py

import (
	"encoding/binary"
	"unicode/utf16"
	"unicode/utf8"
)

// The UTF-16 and UTF-32 codecs (with and without byte order mark).

// byteOrder is binary.LittleEndian or binary.BigEndian.
type byteOrder interface {
	binary.ByteOrder
	binary.AppendByteOrder
}

// wideCodec maps a normalised encoding name to (unit size, byte order,
// BOM); ok false for other encodings.
func wideCodec(enc string) (size int, order byteOrder, bom bool, name string, ok bool) {
	switch enc {
	case "utf-16", "utf16", "u16":
		return 2, binary.LittleEndian, true, "utf-16", true
	case "utf-16-le", "utf-16le":
		return 2, binary.LittleEndian, false, "utf-16-le", true
	case "utf-16-be", "utf-16be":
		return 2, binary.BigEndian, false, "utf-16-be", true
	case "utf-32", "utf32", "u32":
		return 4, binary.LittleEndian, true, "utf-32", true
	case "utf-32-le", "utf-32le":
		return 4, binary.LittleEndian, false, "utf-32-le", true
	case "utf-32-be", "utf-32be":
		return 4, binary.BigEndian, false, "utf-32-be", true
	}
	return 0, nil, false, "", false
}

func encodeWide(s *Str, enc, errors string) ([]byte, bool, *Exception) {
	size, order, bom, name, ok := wideCodec(enc)
	if !ok {
		return nil, false, nil
	}
	var out []byte
	put := func(r rune) {
		if size == 2 {
			if r >= 0x10000 {
				a, b := utf16.EncodeRune(r)
				out = order.AppendUint16(out, uint16(a))
				out = order.AppendUint16(out, uint16(b))
				return
			}
			out = order.AppendUint16(out, uint16(r))
			return
		}
		out = order.AppendUint32(out, uint32(r))
	}
	if bom {
		put(0xFEFF)
	}
	rs := s.runes()
	for i, r := range rs {
		if r >= 0xD800 && r <= 0xDFFF {
			switch errors {
			case "surrogatepass":
				put(r)
				continue
			case "ignore":
				continue
			case "replace":
				put('?')
				continue
			}
			return nil, true, encodeError(name, s, i, i+1, "surrogates not allowed")
		}
		put(r)
	}
	return out, true, nil
}

func decodeWide(b []byte, enc, errors string) (*Str, bool, *Exception) {
	size, order, bom, name, ok := wideCodec(enc)
	if !ok {
		return nil, false, nil
	}
	start := 0
	if bom && len(b) >= size {
		if size == 2 && b[0] == 0xFF && b[1] == 0xFE {
			order, start = binary.LittleEndian, 2
		} else if size == 2 && b[0] == 0xFE && b[1] == 0xFF {
			order, start = binary.BigEndian, 2
		} else if size == 4 && binary.LittleEndian.Uint32(b) == 0xFEFF {
			order, start = binary.LittleEndian, 4
		} else if size == 4 && binary.BigEndian.Uint32(b) == 0xFEFF {
			order, start = binary.BigEndian, 4
		}
	}
	var out []byte
	bad := func(i, j int, reason string) *Exception {
		switch errors {
		case "ignore":
			return nil
		case "replace":
			out = utf8.AppendRune(out, 0xFFFD)
			return nil
		}
		return decodeError(name, b, i, j, reason)
	}
	for i := start; i < len(b); {
		if i+size > len(b) {
			if exc := bad(i, len(b), "truncated data"); exc != nil {
				return nil, true, exc
			}
			break
		}
		if size == 4 {
			r := rune(order.Uint32(b[i:]))
			if r > 0x10FFFF || r >= 0xD800 && r <= 0xDFFF {
				if exc := bad(i, i+4, "code point not in range(0x110000)"); exc != nil {
					return nil, true, exc
				}
			} else {
				out = utf8.AppendRune(out, r)
			}
			i += 4
			continue
		}
		u := rune(order.Uint16(b[i:]))
		switch {
		case u < 0xD800 || u > 0xDFFF:
			out = utf8.AppendRune(out, u)
			i += 2
		case u <= 0xDBFF && i+4 <= len(b):
			v := rune(order.Uint16(b[i+2:]))
			if v >= 0xDC00 && v <= 0xDFFF {
				out = utf8.AppendRune(out, utf16.DecodeRune(u, v))
				i += 4
				continue
			}
			if exc := bad(i, i+2, "illegal UTF-16 surrogate"); exc != nil {
				return nil, true, exc
			}
			i += 2
		case u <= 0xDBFF:
			if exc := bad(i, len(b), "unexpected end of data"); exc != nil {
				return nil, true, exc
			}
			i = len(b)
		default:
			if exc := bad(i, i+2, "illegal encoding"); exc != nil {
				return nil, true, exc
			}
			i += 2
		}
	}
	return NewStr(string(out)), true, nil
}
