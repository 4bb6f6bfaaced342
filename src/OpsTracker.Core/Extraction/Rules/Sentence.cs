using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>A run of tokens [First, Last]: a sentence, or a clause of one.</summary>
internal sealed record Sentence(int Index, int First, int Last, int Paragraph)
{
    public int Start(TokenList tokens) => tokens[First].Start;

    public int End(TokenList tokens) => tokens[Last].End;

    public bool Contains(int token) => token >= First && token <= Last;

    /// <summary>Splits tokens at full stops, line breaks and commas before a new statement; a paragraph is a run of lines without a blank one.</summary>
    /// <param name="opensStatement">
    /// Whether the token at an index opens a new statement ("وأضاف"): a comma right before it ends the sentence, so a
    /// report run into one long sentence is read as one that stops at each statement.
    /// </param>
    /// <param name="from">The first token of the report's text: what stands above it (a page's time stamp,
    /// <see cref="TimeStampLines"/>) is in no sentence.</param>
    public static List<Sentence> Split(TokenList tokens, Func<int, bool>? opensStatement = null, int from = 0)
    {
        var sentences = new List<Sentence>();
        var first = from;
        var paragraph = 0;
        for (var i = from; i < tokens.Count; i++)
        {
            // Only a mark ends a sentence (a break, or a comma before a statement): nine tokens in ten are words or
            // numbers, told so by their kind before any of the marks' texts is compared.
            if (tokens[i].Kind != TokenKind.Punctuation
                || (!tokens[i].IsSentenceBreak && !(opensStatement is not null && tokens[i].Text == "," && i + 1 < tokens.Count && opensStatement(i + 1))))
            {
                continue;
            }
            // "(م.ع)", "أ.ف.ب": a full stop after a single letter abbreviates a name, it does not end a sentence.
            if (tokens[i].Text == "." && i > 0 && tokens[i - 1].IsWord && tokens[i - 1].Text.Length == 1)
            {
                continue;
            }
            // "الأنبار.. القوات تحبط هجوما": two or more full stops between words are a pause (a headline's topic, an
            // ellipsis), not a sentence's end. A line of dots alone is no sentence either way.
            if (tokens[i].Text == "." && IsPauseBetweenWords(tokens, i))
            {
                continue;
            }
            if (i > first)
            {
                sentences.Add(new Sentence(sentences.Count, first, i - 1, paragraph));
            }
            if (tokens[i].Text == "\n")
            {
                paragraph++;
            }
            first = i + 1;
        }
        if (first < tokens.Count)
        {
            sentences.Add(new Sentence(sentences.Count, first, tokens.Count - 1, paragraph));
        }
        return sentences;
    }

    /// <summary>The full stop at <paramref name="i"/> is one of a run of two or more with a word right before and after.</summary>
    private static bool IsPauseBetweenWords(TokenList tokens, int i)
    {
        var first = i;
        while (first > 0 && tokens[first - 1].Text == ".")
        {
            first--;
        }
        var last = i;
        while (last + 1 < tokens.Count && tokens[last + 1].Text == ".")
        {
            last++;
        }
        return last > first && first > 0 && tokens[first - 1].IsWord && last + 1 < tokens.Count && tokens[last + 1].IsWord;
    }

    /// <summary>
    /// "استعادت القوات المدينة بعد أيام من المواجهات": a span back to an earlier event (lexicon recalledEvents) cuts
    /// off the words after it only where they tell that event's toll (a casualty trigger follows in the sentence,
    /// "بعد أيام على تفجير ... أسفر عن مقتل 30"); a recall that counts no one stays the news's own circumstance.
    /// </summary>
    private bool RecallsNoToll(TokenList tokens, ExtractionLexicon lexicon, int i)
    {
        if (lexicon.SegmentConnectors.MatchAt(tokens, i, allowArticleOnFirst: false) is not { Value: false } recalled)
        {
            return false;
        }
        for (var j = recalled.Last + 1; j <= Last; j++)
        {
            if (lexicon.CasualtyTriggers.MatchAt(tokens, j) is not null)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Clauses of a sentence, cut before connectors that open a new event ("بينما", "فيما", "كما"). When
    /// <paramref name="mayHoldConnectors"/> is false (the sentence's bits say none of its words may start one) the
    /// connectors are not asked at each token: it is cut at semicolons only.
    /// </summary>
    /// <remarks>
    /// Built into an array, not yielded: every sentence of a report is split once (ReportText.ClausesOf keeps it), and
    /// the iterator with the array builder over it was 2 % of a batch. Most sentences are one clause. The connectors
    /// are asked only where a cut could follow from them (three words from the clause's start, six unless a mark
    /// stands before): the list's match is the costly test, the distances are not.
    /// </remarks>
    public Sentence[] Clauses(TokenList tokens, ExtractionLexicon lexicon, bool mayHoldConnectors = true)
    {
        List<Sentence>? cuts = null;
        var start = First;
        for (var i = First + 1; i <= Last; i++)
        {
            var token = tokens[i];
            // Only a mark spells ";": a word is not compared with it.
            var semicolon = token.Kind == TokenKind.Punctuation && token.Text == ";";
            var cut = semicolon
                || (mayHoldConnectors && i - start >= 3 && (i - start >= 6 || tokens[i - 1].IsClauseBreak)
                    && lexicon.SegmentConnectors.StartsAt(tokens, i, allowArticleOnFirst: false)
                    && !RecallsNoToll(tokens, lexicon, i));
            if (cut)
            {
                (cuts ??= []).Add(this with { First = start, Last = i - 1 });
                start = semicolon ? i + 1 : i;
            }
        }
        if (cuts is null)
        {
            return start <= Last ? [this with { First = start, Last = Last }] : [];
        }
        if (start <= Last)
        {
            cuts.Add(this with { First = start, Last = Last });
        }
        return [.. cuts];
    }
}
