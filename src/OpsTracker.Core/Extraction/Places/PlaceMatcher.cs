using System.Runtime.InteropServices;
using OpsTracker.Core.Extraction.Text;
using WordToken = OpsTracker.Core.Extraction.Text.Token;

namespace OpsTracker.Core.Extraction.Places;

/// <summary>
/// Finds gazetteer names in normalised Arabic text. Names are indexed by their first word; each word of the text is
/// looked up as it is and without its clitic prefixes (و ف, then ب ل ك, with 'لل' read as 'ل' + 'ال'), and the
/// following words must equal the rest of the name. The text is read once, left to right; at each word the longest
/// name wins, so mentions never overlap. No regular expressions, no backtracking: the cost is linear in the text.
/// </summary>
internal sealed class PlaceMatcher
{
    private const int MinStemLength = 2;
    private const int CueWindow = 2;
    private static readonly string[] Conjunctions = ["", "و", "ف"];
    private static readonly string[] Prepositions = ["", "ب", "ل", "ك"];

    private readonly Dictionary<string, NameForm[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstWord;

    /// <summary>Bits of <see cref="_firstWordSigns"/>: 65,536 (8 KB), several times the gazetteer's distinct first words.</summary>
    private const int SignBits = 1 << 16;

    /// <summary>
    /// One bit per first word of a name, from its length and its first, second and last letters: each word of a report
    /// is tried as up to a dozen stems, nearly none of them a place, and a stem whose bit is clear is turned away
    /// without hashing it (a clear bit never lies; a set one sends the stem to the dictionary).
    /// </summary>
    private readonly ulong[] _firstWordSigns = new ulong[SignBits / 64];
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _placeCues;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _weakCues;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _divisionCues;

    /// <param name="entries">Entries in priority order: when two share a name, the first one is found.</param>
    /// <param name="placeCues">Normalised words that announce a place within two words: قضاء، ناحية، شمال...</param>
    /// <param name="weakCues">Normalised words that announce a place only right before it: في.</param>
    /// <param name="divisionCues">The nouns of Iraq's administrative divisions (قضاء، ناحية): a place marked divisionCue is found only right after one.</param>
    public PlaceMatcher(IEnumerable<GazetteerEntry> entries, IEnumerable<string> placeCues, IEnumerable<string> weakCues, IEnumerable<string> divisionCues)
    {
        var forms = new Dictionary<string, NameForm>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var ambiguousNames = entry.AmbiguousNames.Select(ArabicNormalizer.NormalizeTerm).ToHashSet(StringComparer.Ordinal);
            foreach (var name in entry.Variants.Prepend(entry.NameAr))
            {
                if (!ContainsArabicLetter(name))
                {
                    continue;
                }
                var normalized = ArabicNormalizer.NormalizeTerm(name);
                var words = SplitWords(normalized);
                if (words.Length == 0)
                {
                    continue;
                }
                var ambiguous = entry.AmbiguousWord || ambiguousNames.Contains(normalized);
                AddForm(forms, words, entry, ambiguous);
                if (words.Length >= 2 && words[0] is "ابو" or "ابي" && !ambiguous)
                {
                    // The press often joins a kunya to the next word: 'أبوغريب' for 'أبو غريب'.
                    AddForm(forms, [words[0] + words[1], .. words[2..]], entry, ambiguous);
                }
                if (words.Length >= 2 && words[0] == "ابو")
                {
                    // A kunya takes its case: 'ناحية أبي صيدا' (genitive), 'إلى أبا غريب' is rare but written.
                    AddForm(forms, ["ابي", .. words[1..]], entry, ambiguous);
                    AddForm(forms, ["ابا", .. words[1..]], entry, ambiguous);
                }
            }
        }

        AddDivisionArticleForms(forms, entries);

        var byFirstWord = forms.Values
            .GroupBy(f => f.Words[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(f => f.Words.Length).ToArray(), StringComparer.Ordinal);
        _byFirstWord = byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var firstWord in byFirstWord.Keys)
        {
            var sign = Sign(firstWord);
            _firstWordSigns[sign >> 6] |= 1UL << (sign & 63);
        }
        _placeCues = NormalizedSet(placeCues).GetAlternateLookup<ReadOnlySpan<char>>();
        _weakCues = NormalizedSet(weakCues).GetAlternateLookup<ReadOnlySpan<char>>();
        _divisionCues = NormalizedSet(divisionCues).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// "لقضاء الداقوق"، "ناحية خالص": the press puts the article on a district's one-word name, or drops it, where the
    /// gazetteer spells it the other way. Right after the division's own noun (قضاء، ناحية: divisionCues) the other
    /// spelling names the same district or sub-district. Added after every name the gazetteer holds, so it never
    /// takes a name that another place bears; not for a name that is also a common word, nor one of fewer than
    /// <see cref="Rules.AssemblerLimits.ArticleVariantMinStem"/> letters without the article.
    /// </summary>
    private static void AddDivisionArticleForms(Dictionary<string, NameForm> forms, IEnumerable<GazetteerEntry> entries)
    {
        foreach (var entry in entries)
        {
            if (entry.Type is not (PlaceType.District or PlaceType.SubDistrict) || entry.AmbiguousWord)
            {
                continue;
            }
            var ambiguousNames = entry.AmbiguousNames.Select(ArabicNormalizer.NormalizeTerm).ToHashSet(StringComparer.Ordinal);
            foreach (var name in entry.Variants.Prepend(entry.NameAr))
            {
                var normalized = ContainsArabicLetter(name) ? ArabicNormalizer.NormalizeTerm(name) : "";
                if (SplitWords(normalized) is not [var word] || ambiguousNames.Contains(normalized))
                {
                    continue;
                }
                var hasArticle = Article.Begins(word);
                var stem = Article.Without(word);
                var other = hasArticle ? stem : Article.Letters + word;
                if (stem.Length < Rules.AssemblerLimits.ArticleVariantMinStem || forms.ContainsKey(other))
                {
                    continue;
                }
                forms.Add(other, new NameForm([other], other, entry) { DivisionOnly = true });
            }
        }
    }

    private static void AddForm(Dictionary<string, NameForm> forms, string[] words, GazetteerEntry entry, bool ambiguous)
    {
        var key = string.Join(' ', words);
        if (!forms.TryGetValue(key, out var form))
        {
            form = new NameForm(words, key, entry) { DivisionOnly = entry.DivisionCue };
            forms.Add(key, form);
        }
        else
        {
            form.DivisionOnly &= entry.DivisionCue;
        }
        if (ambiguous)
        {
            // A word is ambiguous if any place that bears it says so, and strict if any of those says so.
            form.Strict = form.Ambiguous ? form.Strict || entry.StrictCue : entry.StrictCue;
            form.Ambiguous = true;
        }
    }

    public IReadOnlyList<PlaceMention> FindAll(string text) => FindAll(text, null);

    /// <param name="text">Normalised text.</param>
    /// <param name="words">
    /// The text's tokens from <see cref="Tokenizer"/>, or null. A word of the text that one of them spells is skipped
    /// when its shared <see cref="WordForms"/> says that none of its stems starts a name (<see cref="AnyStemStartsAName"/>,
    /// asked once per word): nearly every word of a report, each of which is otherwise tried as up to a dozen stems.
    /// </param>
    /// <param name="answers">
    /// The <see cref="WordAnswers"/> <paramref name="words"/> were tokenized with, or null: when they are this matcher's,
    /// a word's answer is read from its token (<see cref="WordToken.Answers"/>) rather than from its shared forms.
    /// </param>
    public IReadOnlyList<PlaceMention> FindAll(string text, IReadOnlyList<WordToken>? words, WordAnswers? answers = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        // This thread's token list of the last report (taken while in use, so a nested call makes its own): a report's
        // tokens are read only here, and a new list of a fifth of the text's length per report was 2 % of a batch's
        // allocation.
        var tokens = t_tokens ?? new List<Token>(text.Length / 5 + 1);
        t_tokens = null;
        tokens.Clear();
        // The word tokens read in place (the caller's list), not through the interface twice or thrice a word.
        var wordSpan = WordsOf(words);
        Tokenize(text, tokens, wordSpan);
        var mentions = new List<PlaceMention>();
        var lastMentionToken = -1;
        var known = 0;
        var answered = answers is not null && ReferenceEquals(answers.Places, this);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (words is not null && SpelledBy(wordSpan, tokens[i], ref known) is { } word && !StartsAName(word, answered))
            {
                continue;
            }
            var match = MatchAt(text, tokens, i, lastMentionToken);
            if (match is null)
            {
                continue;
            }
            var last = i + match.Words.Length - 1;
            mentions.Add(new PlaceMention(tokens[i].Start, tokens[last].End, match.Entry, match.Key));
            lastMentionToken = last;
            i = last;
        }
        t_tokens = tokens;
        return mentions;
    }

    /// <summary>The token list FindAll reuses on this thread; null while in use.</summary>
    [ThreadStatic]
    private static List<Token>? t_tokens;

    /// <summary>
    /// The tokenizer's word token spelling exactly <paramref name="token"/>'s characters, else null; found
    /// by a cursor (<paramref name="known"/>) that moves forward only.
    /// </summary>
    private static WordToken? SpelledBy(ReadOnlySpan<WordToken> words, Token token, ref int known)
    {
        while (known < words.Length && words[known].Start < token.Start)
        {
            known++;
        }
        return known < words.Length && words[known] is { IsWord: true } word && word.Start == token.Start && word.End == token.End
            ? word
            : null;
    }

    /// <summary>
    /// Whether a stem of the word token starts a name (<see cref="WordForms.StartsAPlaceName"/>): its answer when the
    /// token carries this matcher's (<paramref name="answered"/>), else its shared forms'.
    /// </summary>
    private bool StartsAName(WordToken word, bool answered)
    {
        var answers = word.Answers;
        return answered && answers != 0 ? (answers & WordAnswers.PlaceNameBit) != 0 : word.Forms.StartsAPlaceName(this);
    }

    /// <summary>The word tokens as a span: the list's own array when they are a list (every caller's), else a copy.</summary>
    private static ReadOnlySpan<WordToken> WordsOf(IReadOnlyList<WordToken>? words) => words switch
    {
        null => default,
        List<WordToken> list => CollectionsMarshal.AsSpan(list),
        WordToken[] array => array,
        _ => words.ToArray(),
    };

    /// <summary>
    /// Whether some stem <see cref="MatchAt"/> tries for this word (the same conjunctions, prepositions and restored
    /// article) is the first word of a name. When none is, no name starts at the word, whatever follows it.
    /// </summary>
    internal bool AnyStemStartsAName(string word)
    {
        foreach (var stem in new CliticStems(word))
        {
            if (IsFirstWord(stem.Text) || stem.Preposition == Particles.Li && stem.Text[0] == 'ل' && IsFirstWord(string.Concat("ا", stem.Text)))
            {
                return true;
            }
        }
        return false;
    }

    private bool IsFirstWord(ReadOnlySpan<char> stem)
    {
        var sign = Sign(stem);
        return (_firstWordSigns[sign >> 6] & (1UL << (sign & 63))) != 0 && _byFirstWord.ContainsKey(stem);
    }

    /// <summary>The longest name starting at word <paramref name="i"/> whose cue requirement is met, or null.</summary>
    private NameForm? MatchAt(string text, List<Token> tokens, int i, int lastMentionToken)
    {
        var word = text.AsSpan(tokens[i].Start, tokens[i].Length);
        NameForm? best = null;
        // Stems are tried from the least stripped to the most, so on equal length the word as written wins.
        foreach (var stem in new CliticStems(word))
        {
            var prefix = new Prefix(stem.Conjunction.Length > 0, stem.Preposition == Particles.Bi);
            best = Longer(best, MatchStem(text, tokens, i, stem.Text, prefix, lastMentionToken));
            if (stem.Preposition == Particles.Li && stem.Text[0] == 'ل')
            {
                // 'للموصل' is 'ل' + 'الموصل' with the article's alef dropped.
                var restored = string.Concat("ا", stem.Text);
                best = Longer(best, MatchStem(text, tokens, i, restored, prefix, lastMentionToken));
            }
        }
        return best;
    }

    /// <summary>A stem a word may be read as: what is left after a conjunction and a preposition it opens with.</summary>
    private readonly ref struct CliticStem(string conjunction, string preposition, ReadOnlySpan<char> text)
    {
        public string Conjunction { get; } = conjunction;
        public string Preposition { get; } = preposition;
        public ReadOnlySpan<char> Text { get; } = text;
    }

    /// <summary>
    /// The stems of a word (<see cref="Conjunctions"/> x <see cref="Prepositions"/>, at least
    /// <see cref="MinStemLength"/> letters), from the least stripped to the most; allocates nothing.
    /// </summary>
    private ref struct CliticStems(ReadOnlySpan<char> word)
    {
        private readonly ReadOnlySpan<char> _word = word;
        private int _conjunction;
        private int _preposition = -1;

        public CliticStem Current { get; private set; }

        public readonly CliticStems GetEnumerator() => this;

        public bool MoveNext()
        {
            for (; _conjunction < Conjunctions.Length; _conjunction++, _preposition = -1)
            {
                var conjunction = Conjunctions[_conjunction];
                if (!_word.StartsWith(conjunction, StringComparison.Ordinal))
                {
                    continue;
                }
                var afterConjunction = _word[conjunction.Length..];
                while (++_preposition < Prepositions.Length)
                {
                    var preposition = Prepositions[_preposition];
                    if (afterConjunction.StartsWith(preposition, StringComparison.Ordinal) && afterConjunction.Length - preposition.Length >= MinStemLength)
                    {
                        Current = new CliticStem(conjunction, preposition, afterConjunction[preposition.Length..]);
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /// <summary>A word's bit in <see cref="_firstWordSigns"/> (words of at least one letter).</summary>
    private static int Sign(ReadOnlySpan<char> word) =>
        word.Length == 0 ? 0 : (int)((((uint)word[0] * 31 + (word.Length > 1 ? word[1] : 0u)) * 31 + word[^1]) * 31 + (uint)word.Length) & (SignBits - 1);

    private static NameForm? Longer(NameForm? best, NameForm? candidate) =>
        candidate is not null && (best is null || candidate.Words.Length > best.Words.Length) ? candidate : best;

    private NameForm? MatchStem(string text, List<Token> tokens, int i, ReadOnlySpan<char> stem, Prefix prefix, int lastMentionToken)
    {
        var sign = Sign(stem);
        if ((_firstWordSigns[sign >> 6] & (1UL << (sign & 63))) == 0 || !_byFirstWord.TryGetValue(stem, out var forms))
        {
            return null;
        }
        foreach (var form in forms)
        {
            if (FollowingWordsMatch(text, tokens, i, form) && CueSatisfied(text, tokens, i, form, prefix, lastMentionToken))
            {
                return form;
            }
        }
        return null;
    }

    private static bool FollowingWordsMatch(string text, List<Token> tokens, int i, NameForm form)
    {
        for (var k = 1; k < form.Words.Length; k++)
        {
            var t = i + k;
            if (t >= tokens.Count || !IsWordGap(text, tokens[t - 1].End, tokens[t].Start))
            {
                return false;
            }
            if (!text.AsSpan(tokens[t].Start, tokens[t].Length).SequenceEqual(form.Words[k]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// An ambiguous name is a place only after a cue: a place noun or a direction within the two previous words
    /// ('قضاء بلد', 'في ناحية العلم', 'جنوب غرب الرياض'); for a name that is not strict also 'في' right before it, the
    /// prefix 'ب' ('بالقائم'), or a place right before it in a list ('الحويجة والزاب', 'الدور، بيجي').
    /// </summary>
    private bool CueSatisfied(string text, List<Token> tokens, int i, NameForm form, Prefix prefix, int lastMentionToken)
    {
        if (form.DivisionOnly)
        {
            // "ناحية العدل", "بقضاء المدينة": only the division's own noun, right before the name.
            return i > 0 && IsCueGap(text, tokens[i - 1].End, tokens[i].Start)
                && IsCue(text.AsSpan(tokens[i - 1].Start, tokens[i - 1].Length), _divisionCues)
                && !IsCentreOfAPlaceNoun(text.AsSpan(tokens[i - 1].Start, tokens[i - 1].Length), text.AsSpan(tokens[i].Start, tokens[i].Length));
        }
        if (!form.Ambiguous)
        {
            return true;
        }
        if (!form.Strict && prefix.HasBa)
        {
            return true;
        }
        if (!form.Strict && lastMentionToken == i - 1 && i > 0 && IsListGap(text, tokens[i - 1].End, tokens[i].Start, prefix.HasConjunction))
        {
            return true;
        }
        for (int j = i - 1, distance = 1; j >= 0 && distance <= CueWindow; j--, distance++)
        {
            if (!IsCueGap(text, tokens[j].End, tokens[j + 1].Start))
            {
                return false;
            }
            var word = text.AsSpan(tokens[j].Start, tokens[j].Length);
            if (IsCue(word, _placeCues) || distance == 1 && !form.Strict && IsCue(word, _weakCues))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The word, or the word without its clitics and article, is in the cue set ('بقضاء', 'وفي', 'بالقرب').</summary>
    /// <summary>
    /// "على مركز مدينة القيارة", "وسط مركز المدينة": "مركز" before a place noun (places.json placeCues: مدينة) is the
    /// centre of a town, not the division cue of a district that bears the noun as its name (Basra's "المدينة"), which
    /// needs its own division noun ("قضاء المدينة"). pagesAE: a Nineveh report read as Basra.
    /// </summary>
    private bool IsCentreOfAPlaceNoun(ReadOnlySpan<char> cue, ReadOnlySpan<char> name)
    {
        if (!cue.EndsWith(CentreCue, StringComparison.Ordinal))
        {
            return false;
        }
        var bare = Article.Without(name);
        return IsCue(name, _placeCues) || IsCue(bare, _placeCues);
    }

    /// <summary>The division cue that is also the common word for a town's centre.</summary>
    private const string CentreCue = "مركز";

    private static bool IsCue(ReadOnlySpan<char> word, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> cues)
    {
        foreach (var conjunction in Conjunctions)
        {
            if (!word.StartsWith(conjunction, StringComparison.Ordinal))
            {
                continue;
            }
            var afterConjunction = word[conjunction.Length..];
            foreach (var preposition in Prepositions)
            {
                if (!afterConjunction.StartsWith(preposition, StringComparison.Ordinal))
                {
                    continue;
                }
                var stem = afterConjunction[preposition.Length..];
                if (stem.Length < MinStemLength)
                {
                    continue;
                }
                if (cues.Contains(stem)
                    || Article.Begins(stem) && stem.Length - Article.Letters.Length >= MinStemLength && cues.Contains(Article.Without(stem))
                    || preposition == Particles.Li && stem[0] == 'ل' && cues.Contains(stem[1..]))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>Between two words of one name: spaces only, on one line.</summary>
    private static bool IsWordGap(string text, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!IsInlineSpace(text[k]))
            {
                return false;
            }
        }
        return to > from;
    }

    /// <summary>Between a cue and the name: spaces, brackets, quotes or hyphens, but no comma or sentence break.</summary>
    private static bool IsCueGap(string text, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            var c = text[k];
            if (!IsInlineSpace(c) && c is not ('(' or ')' or '[' or ']' or '"' or '\'' or '-'))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Between two places of a list: spaces and commas; 'و' on the second word or a comma is required.</summary>
    private static bool IsListGap(string text, int from, int to, bool hasConjunction)
    {
        var comma = false;
        for (var k = from; k < to; k++)
        {
            var c = text[k];
            if (c == ',')
            {
                comma = true;
            }
            else if (!IsInlineSpace(c))
            {
                return false;
            }
        }
        return comma || hasConjunction;
    }

    private static bool IsInlineSpace(char c) => c is not ('\n' or '\r') && CharClass.IsWhiteSpace(c);

    private static bool IsWordChar(char c) => CharClass.IsLetterOrDigit(c);

    internal static bool ContainsArabicLetter(string s) => s.Any(c => c is >= '\u0600' and <= '\u06FF' && char.IsLetter(c));

    /// <summary>The words of a normalised string (runs of letters and digits).</summary>
    internal static string[] SplitWords(string normalized)
    {
        var tokens = Tokenize(normalized);
        return tokens.Select(t => normalized.Substring(t.Start, t.Length)).ToArray();
    }

    private static List<Token> Tokenize(string text) => Tokenize(text, new List<Token>(text.Length / 5 + 1));

    /// <summary>Appends the words of <paramref name="text"/> (runs of letters and digits) to <paramref name="tokens"/>.</summary>
    /// <param name="words">
    /// The text's tokens from <see cref="Tokenizer"/>, or none: a word token's characters are letters, each a word
    /// character here too, so the walk resumes after them rather than asking each one again (a cursor,
    /// <c>known</c>, moves forward only).
    /// </param>
    private static List<Token> Tokenize(string text, List<Token> tokens, ReadOnlySpan<WordToken> words = default)
    {
        var start = -1;
        var known = 0;
        for (var k = 0; k < text.Length; k++)
        {
            if (IsWordChar(text[k]))
            {
                if (start < 0)
                {
                    start = k;
                }
                var pastWord = Tokenizer.PastWordToken(words, k, ref known);
                if (pastWord > k)
                {
                    k = pastWord - 1;
                }
            }
            else if (start >= 0)
            {
                tokens.Add(new Token(start, k));
                start = -1;
            }
        }
        if (start >= 0)
        {
            tokens.Add(new Token(start, text.Length));
        }
        return tokens;
    }

    private static HashSet<string> NormalizedSet(IEnumerable<string> words) =>
        words.Select(ArabicNormalizer.NormalizeTerm).Where(w => w.Length > 0).ToHashSet(StringComparer.Ordinal);

    private readonly record struct Token(int Start, int End)
    {
        public int Length => End - Start;
    }

    private readonly record struct Prefix(bool HasConjunction, bool HasBa);

    /// <summary>One normalised name, split into words, and the place it stands for.</summary>
    private sealed class NameForm(string[] words, string key, GazetteerEntry entry)
    {
        public string[] Words { get; } = words;
        public string Key { get; } = key;
        public GazetteerEntry Entry { get; } = entry;
        public bool Ambiguous { get; set; }
        public bool Strict { get; set; }

        /// <summary>Every place bearing this name is found only right after the noun of its division (places.json's divisionCues).</summary>
        public bool DivisionOnly { get; set; }
    }
}
