using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;

namespace OpsTracker.Core.Extraction.Text;

/// <summary>
/// Normalises Arabic report text for matching: Unicode NFKC per character (presentation forms to letters),
/// no diacritics or tatweel, one alef, ya for alef maqsura, ha for ta marbuta, bare waw and ya for hamza seats,
/// ASCII digits, Latin punctuation, hashtags read as words, numbers between slashes or brackets freed, thousands separators
/// dropped. Every step keeps the map back to the original.
/// </summary>
public static partial class ArabicNormalizer
{
    public static NormalizedText Normalize(string original)
    {
        ArgumentNullException.ThrowIfNull(original);
        // The folded text and its map back to the original, written into arrays (a character, an offset and a width
        // per character of a report: list and builder calls were a third of the cost). The maps may be longer than
        // the text; NormalizedText reads them only below its length. The characters' array is pooled: only the
        // strings made from it leave the call.
        var folded = new Folded(original.Length);
        for (var i = 0; i < original.Length;)
        {
            if (CharClass.IsKeptAsIs(original[i]))
            {
                // A run of characters copied as they are (most of a report): copied and mapped in one go.
                var end = i + 1;
                while (end < original.Length && CharClass.IsKeptAsIs(original[end]))
                {
                    end++;
                }
                folded.AddKept(original, i, end);
                i = end;
                continue;
            }
            if (IsKurdishInitialHamza(original, i))
            {
                // ئا، ئو، ئی: the seat carries the vowel written after it and is no letter of its own.
                var carried = i + 1 < original.Length && original[i + 1] is 'ا' or 'و' or 'ی' or 'ي' or 'ێ' or 'ۆ' or 'ە';
                foreach (var c in carried ? Fold(original.AsSpan(i + 1, 1)) : "ا")
                {
                    folded.Add(c, i, carried ? i + 2 : i + 1);
                }
                i += carried ? 2 : 1;
                continue;
            }
            if (original[i] == 'ئ' && IsSeatBeforeWaw(original, i))
            {
                // مسئول، شئون: the Egyptian seat of a hamza before a long u is ya where Iraqi outlets write waw
                // (مسؤول، شؤون); the seat reads as the waw it carries, so both spellings fold alike.
                folded.Add('و', i, i + 1);
                i++;
                continue;
            }
            if (!char.IsSurrogate(original[i]) && FoldedUnit(original[i]) is var unit and not FoldsToSeveral)
            {
                // One character folded to one or none, as Fold folds it (most of what breaks a run: ة, أ, ى, marks).
                if (unit != FoldsToNothing)
                {
                    folded.Add((char)(unit - 1), i, i + 1);
                }
                i++;
                continue;
            }
            var width = char.IsSurrogatePair(original, i) ? 2 : 1;
            var piece = original.AsSpan(i, width);
            foreach (var c in Fold(piece))
            {
                folded.Add(c, i, i + width);
            }
            i += width;
        }

        var text = new string(folded.Chars, 0, folded.Count);
        var edits = new Dictionary<int, char?>();
        CollectEdits(text, edits);
        if (edits.Count == 0)
        {
            ArrayPool<char>.Shared.Return(folded.Chars);
            return new NormalizedText(original, text, folded.Starts, folded.Widths);
        }

        // The edits drop or replace characters: the arrays are compacted in place (a kept character never moves right).
        var kept = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (edits.TryGetValue(i, out var replacement))
            {
                if (replacement is null)
                {
                    continue;
                }
                c = replacement.Value;
            }
            folded.Chars[kept] = c;
            folded.Starts[kept] = folded.Starts[i];
            folded.Widths[kept] = folded.Widths[i];
            kept++;
        }
        var compacted = new string(folded.Chars, 0, kept);
        ArrayPool<char>.Shared.Return(folded.Chars);
        return new NormalizedText(original, compacted, folded.Starts, folded.Widths);
    }

    /// <summary>
    /// The folded characters with, for each, the original span it came from (its start, and its width: 1, or 2 for a
    /// surrogate pair or a Kurdish hamza seat with its vowel; a byte where the end took four); grown as folding
    /// lengthens the text. <see cref="Chars"/> is rented (it may be longer than the maps). The maps are the text's,
    /// rented too (five bytes a character of every report): <see cref="NormalizedText.Release"/> gives them back when
    /// its owner is done with it; one never released is left to the collector.
    /// </summary>
    private struct Folded(int capacity)
    {
        public char[] Chars = ArrayPool<char>.Shared.Rent(Math.Max(capacity, 1));
        public int[] Starts = ArrayPool<int>.Shared.Rent(Math.Max(capacity, 1));
        public byte[] Widths = ArrayPool<byte>.Shared.Rent(Math.Max(capacity, 1));
        public int Count;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Add(char c, int start, int end)
        {
            if (Count == Starts.Length)
            {
                Grow();
            }
            Chars[Count] = c;
            Starts[Count] = start;
            Widths[Count] = (byte)(end - start);
            Count++;
        }

        /// <summary>Adds original[start..end) as it is, each character mapped to itself (width 1).</summary>
        public void AddKept(string original, int start, int end)
        {
            var n = end - start;
            while (Count + n > Starts.Length)
            {
                Grow();
            }
            original.AsSpan(start, n).CopyTo(Chars.AsSpan(Count));
            var starts = Starts.AsSpan(Count, n);
            for (var k = 0; k < starts.Length; k++)
            {
                starts[k] = start + k;
            }
            Widths.AsSpan(Count, n).Fill(1);
            Count += n;
        }

        private void Grow()
        {
            var size = Starts.Length * 2;
            var chars = ArrayPool<char>.Shared.Rent(size);
            Chars.AsSpan(0, Count).CopyTo(chars);
            ArrayPool<char>.Shared.Return(Chars);
            Chars = chars;
            var starts = ArrayPool<int>.Shared.Rent(size);
            Starts.AsSpan(0, Count).CopyTo(starts);
            ArrayPool<int>.Shared.Return(Starts);
            Starts = starts;
            var widths = ArrayPool<byte>.Shared.Rent(size);
            Widths.AsSpan(0, Count).CopyTo(widths);
            ArrayPool<byte>.Shared.Return(Widths);
            Widths = widths;
        }
    }

    private const int FoldsToNothing = -1;
    private const int FoldsToSeveral = -2;

    /// <summary>
    /// Per UTF-16 code unit (not a surrogate), what <see cref="Fold"/> makes of it alone: its one character's code plus
    /// one, <see cref="FoldsToNothing"/>, or <see cref="FoldsToSeveral"/>; 0 until first met. Fold asked its switch,
    /// made a string (one for each Arabic digit or capital) and walked it for every character that breaks a run.
    /// </summary>
    /// <remarks>Threads that meet a character together write the same number, a whole int.</remarks>
    private static readonly int[] FoldedUnits = new int[char.MaxValue + 1];

    private static int FoldedUnit(char c)
    {
        var unit = FoldedUnits[c];
        if (unit == 0)
        {
            var folding = Fold([c]);
            unit = folding.Length switch
            {
                0 => FoldsToNothing,
                1 => folding[0] + 1,
                _ => FoldsToSeveral,
            };
            FoldedUnits[c] = unit;
        }
        return unit;
    }

    /// <summary>Normalises a lexicon entry or a query the same way as report text.</summary>
    public static string NormalizeTerm(string term) => Normalize(term).Text.Trim();

    /// <summary>
    /// Most characters of a report need no folding: ASCII other than capitals, and the Arabic letters the folding
    /// leaves alone (all of them NFKC-stable). Copying them straight saves a string and an ICU call per character.
    /// The normaliser asks <see cref="CharClass.IsKeptAsIs"/>, a table filled from this rule.
    /// </summary>
    internal static bool IsKeptAsIs(char c) => c switch
    {
        >= 'A' and <= 'Z' => false,
        < '\u0080' => true,
        'أ' or 'إ' or 'آ' or 'ى' or 'ئ' or 'ة' or 'ؤ' or '\u0640' => false,
        >= '\u0621' and <= '\u064A' => true,
        _ => false,
    };

    private static string Fold(ReadOnlySpan<char> piece)
    {
        if (piece.Length == 1)
        {
            var mapped = FoldChar(piece[0]);
            if (mapped is not null)
            {
                return mapped;
            }
        }
        if (piece.Length == 1 && char.IsSurrogate(piece[0]))
        {
            // A lone surrogate is a broken character: read as a replacement mark rather than failing.
            return "\uFFFD";
        }
        var s = piece.ToString();
        // Presentation forms (U+FB50-U+FDFF, U+FE70-U+FEFF) and other compatibility characters decompose here.
        if (!s.IsNormalized(NormalizationForm.FormKC))
        {
            s = s.Normalize(NormalizationForm.FormKC);
            var sb = new StringBuilder(s.Length);
            foreach (var c in s)
            {
                sb.Append(FoldChar(c) ?? c.ToString());
            }
            return sb.ToString();
        }
        return s;
    }

    /// <summary>The folding of one character, or null to keep it as it is.</summary>
    private static string? FoldChar(char c)
    {
        switch (c)
        {
            case >= '\u064B' and <= '\u065F':
            case '\u0670':
            case '\u0640':
            case '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u061C' or '\u2066' or '\u2067' or '\u2068' or '\u2069' or '\u202A' or '\u202B' or '\u202C' or '\u202D' or '\u202E' or '\uFEFF':
                return "";
            case 'أ' or 'إ' or 'آ' or 'ٱ' or 'ٲ' or 'ٳ':
                return "ا";
            case 'ى' or 'ئ' or 'ی' or 'ې':
                return "ي";
            case 'ة':
                return "ه";
            case 'ؤ':
                return "و";
            case 'ک' or 'گ' or 'ڪ':
                return "ك";
            // The heh of Persian and Urdu keyboards (ھ the two-eyed, ہ the goal, ۀ with its hamza), which some outlets
            // type for every Arabic ه (ھجوم، مفرزہ): one letter on the page, one in the text.
            case 'ھ' or 'ہ' or 'ۀ':
                return "ه";
            // Kurdish letters in names spelled the Kurdish way (هەولێر، دهۆک، ڕانیە): their Arabic spelling's letters.
            case 'ێ':
                return "ي";
            case 'ۆ':
                return "و";
            case 'ڕ':
                return "ر";
            case 'ڵ':
                return "ل";
            case >= '\u0660' and <= '\u0669':
                return ((char)('0' + (c - '\u0660'))).ToString();
            case >= '\u06F0' and <= '\u06F9':
                return ((char)('0' + (c - '\u06F0'))).ToString();
            case '،':
                return ",";
            case '؛':
                return ";";
            case '؟':
                return "?";
            case '٫':
                return ".";
            case '٬':
                return ",";
            case '٪':
                return "%";
            case '\u00A0' or '\u2002' or '\u2003' or '\u2009' or '\u202F' or '\u3000':
                return " ";
            case '–' or '—' or '‒' or '−':
                return "-";
            case '۔':
                return ".";
            case '«' or '»' or '“' or '”' or '„' or '″' or '‟' or '‹' or '›' or '〝' or '〞':
                return "\"";
            case '‘' or '’' or '′':
                return "'";
            case >= 'A' and <= 'Z':
                return char.ToLowerInvariant(c).ToString();
            default:
                return null;
        }
    }

    private static void CollectEdits(string text, Dictionary<int, char?> edits)
    {
        // #صلاح_الدين reads as صلاح الدين.
        foreach (Match m in Hashtag().Matches(text))
        {
            edits[m.Index] = ' ';
            for (var i = m.Index + 1; i < m.Index + m.Length; i++)
            {
                if (text[i] == '_')
                {
                    edits[i] = ' ';
                }
            }
        }
        // /50/ reads as 50 (but 12/4/2021 stays a date).
        foreach (Match m in SlashedNumber().Matches(text))
        {
            edits[m.Index] = ' ';
            edits[m.Index + m.Length - 1] = ' ';
        }
        // (23) and [23] read as 23: official statements bracket their figures ("قتل (23) إرهابيا").
        foreach (Match m in BracketedNumber().Matches(text))
        {
            edits[m.Index] = ' ';
            edits[m.Index + m.Length - 1] = ' ';
        }
        KurdishVowels(text, edits);
        BareHamzaBeforeWaw(text, edits);
        // 26,280 and 26٬280 read as 26280.
        if (!HasCommaBetweenDigits(text))
        {
            return;
        }
        foreach (Match m in ThousandsNumber().Matches(text))
        {
            for (var i = m.Index; i < m.Index + m.Length; i++)
            {
                if (text[i] == ',')
                {
                    edits[i] = null;
                }
            }
        }
    }

    /// <summary>
    /// A name spelled the Kurdish way writes its vowels, which the Arabic spelling of the same name leaves out: the
    /// vowel letter ە inside a word is not written in Arabic (کەرکووک is كركوك, هەولێر is هولير) and at its end is
    /// the Arabic ta marbuta (حەلەبجە is حلبجة); the long u of such a word is a doubled waw where Arabic writes one
    /// (کەرکووک). Only words that carry ە are touched, so Arabic words with a doubled waw (طاووس) keep it.
    /// </summary>
    private static void KurdishVowels(string text, Dictionary<int, char?> edits)
    {
        for (var i = text.IndexOf('ە'); i >= 0 && i < text.Length; i = text.IndexOf('ە', i + 1))
        {
            var start = i;
            while (start > 0 && IsArabicLetter(text[start - 1]))
            {
                start--;
            }
            var end = i;
            while (end + 1 < text.Length && IsArabicLetter(text[end + 1]))
            {
                end++;
            }
            for (var j = start; j <= end; j++)
            {
                if (text[j] == 'ە')
                {
                    edits[j] = j == end ? 'ه' : null;
                }
                else if (text[j] == 'و' && j > start && text[j - 1] == 'و')
                {
                    edits[j] = null;
                }
            }
            i = end;
        }
    }

    /// <summary>
    /// Kurdish writes a word that starts with a vowel on a hamza seat of ya (ئاسایش), where Arabic writes an alef
    /// (آسايش); Arabic never starts a word with ئ (بِئْر has a letter before it, past its diacritics), so there it is
    /// the vowel's seat: it reads as ا, or as nothing before the vowel letter it carries, never as ي.
    /// </summary>
    private static bool IsKurdishInitialHamza(string original, int i)
    {
        if (original[i] != 'ئ')
        {
            return false;
        }
        var j = i - 1;
        while (j >= 0 && CharUnicodeInfo.GetUnicodeCategory(original[j]) == UnicodeCategory.NonSpacingMark)
        {
            j--;
        }
        return j < 0 || !IsArabicLetter(original[j]);
    }

    /// <summary>
    /// Whether the hamza seat at <paramref name="i"/> stands before a waw (past its diacritics: مسئُول): there Arabic
    /// orthographies differ only in the seat (ؤ, ئ or a bare ء), never in the word.
    /// </summary>
    private static bool IsSeatBeforeWaw(string original, int i)
    {
        var j = i + 1;
        while (j < original.Length && original[j] is >= '\u064B' and <= '\u065F')
        {
            j++;
        }
        return j < original.Length && original[j] == 'و';
    }

    /// <summary>
    /// The bare hamza on the line before a long u (رءوس، يقرءون، مسءول), the older and Egyptian spelling of what Iraqi
    /// outlets seat on waw (رؤوس، مسؤول): inside a word it reads as the waw seat, which folds to و. Only a hamza with a
    /// letter before it (in the word) is read so; a word's last hamza before a space is left alone.
    /// </summary>
    private static void BareHamzaBeforeWaw(string text, Dictionary<int, char?> edits)
    {
        for (var i = text.IndexOf('ء'); i >= 0; i = text.IndexOf('ء', i + 1))
        {
            if (i > 0 && i + 1 < text.Length && text[i + 1] == 'و' && IsArabicLetter(text[i - 1]))
            {
                edits[i] = 'و';
            }
        }
    }

    /// <summary>
    /// Whether a comma stands between two digits somewhere in the text: without one no thousands separator can match
    /// (<see cref="ThousandsNumber"/>), and most reports have none, so its scan at every digit is skipped.
    /// </summary>
    private static bool HasCommaBetweenDigits(string text)
    {
        for (var i = text.IndexOf(','); i >= 0; i = text.IndexOf(',', i + 1))
        {
            if (i > 0 && i + 1 < text.Length && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]))
            {
                return true;
            }
        }
        return false;
    }

    [GeneratedRegex(@"#[\p{L}\p{N}_]+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Hashtag();

    [GeneratedRegex(@"(?<![\d/])/\s*\d+\s*/(?![\d/])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SlashedNumber();

    [GeneratedRegex(@"[(\[]\s*\d+\s*[)\]]", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BracketedNumber();

    [GeneratedRegex(@"(?<![\d,.])\d{1,3}(?:,\d{3})+(?![\d,]|\.\d)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ThousandsNumber();

    internal static bool IsArabicLetter(char c) => c is >= '\u0621' and <= '\u064A' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherLetter && c is >= '\u0600' and <= '\u06FF';
}
