using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Places;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// How one report is laid out, as the rules read it from its lines and marks: the headline and the head down to the
/// lead, the dateline, outlet and byline, related-news lines, list items and their runs, background openers and
/// coordinated clauses. Made once per report, on first ask, by <see cref="ReportText.Layout"/>.
/// </summary>
internal sealed class ReportLayout(ReportText report)
{
    private readonly TokenList _tokens = report.Tokens;
    private readonly List<Sentence> _sentences = report.Sentences;
    private readonly ExtractionLexicon _lexicon = report.Lexicon;

    /// <summary>
    /// The report's first line, ended by a line break rather than a full stop: a headline, which sums up what the body
    /// tells. A first sentence that ends with a full stop is the lead (a copy whose headline was dropped starts there).
    /// </summary>
    public bool IsHeadline(int sentence) =>
        sentence == 0 && _sentences.Count > 0 && _sentences[0].Last + 1 < _tokens.Count && _tokens[_sentences[0].Last + 1].Text == "\n";

    /// <summary>
    /// The last sentence of the report's head: the headline and what stands above the body (a subtitle, a dateline
    /// such as "زاكروس عربية - أربيل") down to the lead, the first sentence ended by a full stop; never fewer than
    /// <see cref="AssemblerLimits.LeadSentences"/> sentences nor more than <see cref="AssemblerLimits.HeadMaxSentences"/>.
    /// </summary>
    public int HeadLast => _headLast ??= ComputeHeadLast();

    private int? _headLast;

    private int ComputeHeadLast()
    {
        for (var i = 0; i < _sentences.Count && i < AssemblerLimits.HeadMaxSentences; i++)
        {
            var end = _sentences[i].Last + 1;
            if (end < _tokens.Count && _tokens[end].Text == ".")
            {
                return Math.Max(i, AssemblerLimits.LeadSentences - 1);
            }
        }
        return AssemblerLimits.LeadSentences - 1;
    }

    /// <summary>
    /// "بغداد - واع", "بغداد (أ ف ب) - أعلن": the city a wire story is filed from opens its line and is followed by a
    /// dash or the agency's name in brackets; it says where the newsroom is, not where anything happened. The day it was
    /// filed, as the date reader found it, may stand between ("بغداد 5 يونيو 2024 (شينخوا)").
    /// </summary>
    public bool IsDateline(PlaceMention p)
    {
        var t = report.TokenAt(p.Start);
        if (IsLoneHeadLine(p, t))
        {
            return true;
        }
        var underCountry = AfterCountryOfTheLine(t);
        var midLine = t > 0 && _tokens[t - 1].Text != "\n" && !underCountry && !AfterBylineBar(t);
        // "بغداد 10 فبراير 2025 (شينخوا)": the day it was filed may stand between the city and the agency.
        var next = report.TokenAt(p.End - 1) + 1;
        if (underCountry && next < _tokens.Count && _tokens[next].Text == ")")
        {
            next++;
        }
        var dates = report.DateTokens();
        var filedInAYear = false;
        while (next < _tokens.Count && dates[next] && _tokens[next].Text != "\n")
        {
            filedInAYear |= _tokens[next].IsNumber && _tokens[next].Text.Length == 4;
            next++;
        }
        // A page that runs its headline, byline and lead into one line puts the dateline mid-line; the city, its
        // filing day with the year and the agency's bracket ("... بغداد 25 نوفمبر 2019 (شينخوا) قتل ...") still say so.
        if (midLine && !(filedInAYear && next < _tokens.Count && _tokens[next].Text == "(")
            && !(next < _tokens.Count && _tokens[next].Text is "-" or "–" or "—" && OpensAStatement(t, dates)))
        {
            return false;
        }
        return next < _tokens.Count && _tokens[next].Text is "-" or "(" or "/" or ":";
    }

    /// <summary>
    /// "مقتل 20 بتفجير في سوق" / "بغداد" / "قالت مصادر أمنية إن ...": a line that holds nothing but a place's name,
    /// after the headline and before the lead (the first sentence ended by a full stop), is the city the story was
    /// filed from, a dateline without its dash or agency. A place's line later in the body (a bulletin's province over
    /// its items) is not in the head, and stays a place.
    /// </summary>
    private bool IsLoneHeadLine(PlaceMention p, int t)
    {
        var last = report.TokenAt(p.End - 1) + 1;
        if (t == 0 || !(_tokens[t - 1].Text == "\n" || (_tokens[t - 1].Text == "/" && OutletBefore(t - 1))) || last >= _tokens.Count || _tokens[last].Text != "\n" || _sentences.Count == 0)
        {
            return false;
        }
        if (!IsHeadline(0) || t <= _sentences[0].Last)
        {
            return false;
        }
        for (var i = 1; i < _sentences.Count && i < AssemblerLimits.HeadMaxSentences; i++)
        {
            var end = _sentences[i].Last + 1;
            if (end < _tokens.Count && _tokens[end].Text == ".")
            {
                return t < _sentences[i].First;
            }
        }
        return false;
    }

    /// <summary>
    /// "الغد برس/بغداد": the words before the slash, at most <see cref="AssemblerLimits.OutletNameWords"/> of them,
    /// open their line: an outlet's name over the city it files from.
    /// </summary>
    private bool OutletBefore(int slash)
    {
        for (var k = slash - 1; k >= 0 && k >= slash - 1 - AssemblerLimits.OutletNameWords; k--)
        {
            if (_tokens[k].Text == "\n")
            {
                return k < slash - 1;
            }
            if (!_tokens[k].IsWord)
            {
                return false;
            }
        }
        return slash - 1 - AssemblerLimits.OutletNameWords < 0;
    }

    /// <summary>
    /// "... قتل 11 جنديا. الجمعة 2022/01/21 بغداد - قتل": a city that opens a sentence, after nothing but the day the
    /// page was filed, and is followed by a dash is the dateline of a page whose lines were run into one; a city
    /// inside a clause ("طريق بغداد - كركوك") is not.
    /// </summary>
    private bool OpensAStatement(int cityFirst, bool[] dates)
    {
        var before = cityFirst - 1;
        while (before >= 0 && dates[before])
        {
            before--;
        }
        return before < 0 || _tokens[before].Text is "\n" or "." or ":" or "؛";
    }

    /// <summary>
    /// "أخبار الآن | بغداد – العراق – (رويترز)": a page that opens the line with its own name and a bar puts the
    /// wire's dateline after the bar; the city opens what follows the bar as if it opened the line.
    /// </summary>
    private bool AfterBylineBar(int t)
    {
        if (t < 2 || _tokens[t - 1].Text != "|")
        {
            return false;
        }
        for (var i = t - 2; i >= 0 && i >= t - 1 - AssemblerLimits.BylineBeforeBarReach; i--)
        {
            if (_tokens[i].Text == "\n")
            {
                return true;
            }
        }
        return t - 1 <= AssemblerLimits.BylineBeforeBarReach;
    }

    /// <summary>
    /// "العراق (ديالى) - ", "العراق/ الموصل - ": some wires open the line with the country and put the city after it
    /// in brackets or after a slash (lexicon iraqScope); the city is then the line's dateline as if it opened it.
    /// </summary>
    private bool AfterCountryOfTheLine(int t) =>
        t >= 2 && _tokens[t - 1].Text is "(" or "/" && (t == 2 || _tokens[t - 3].Text == "\n")
        && _lexicon.IraqScope.MatchAt(_tokens, t - 2) is { } country && country.Last == t - 2;

    /// <summary>
    /// "بغداد اليوم"، "لـ"بغداد بوست""، "كركوك نيوز": the place opens the name of a news outlet (lexicon outletNames, or
    /// the place right before a word outlets' names end with: lexicon outletTails), which says who tells the news, not
    /// where anything happened.
    /// </summary>
    public bool IsOutlet(PlaceMention p)
    {
        var t = report.TokenAt(p.Start);
        if (_lexicon.OutletNames.MatchAt(_tokens, t) is { } m && _tokens[m.Last].End >= p.End)
        {
            return true;
        }
        var next = report.TokenAt(p.End - 1) + 1;
        return next < _tokens.Count && _tokens[next].ReadsAsOneOf(_lexicon.OutletTails);
    }

    /// <summary>
    /// "اقرأ أيضا: مقتل أربعة إرهابيين بضربة جوية": a line a news page opens with a related-news cue (a bullet may stand
    /// before it) is another article's headline. A cue that heads its line ("أخبار ذات صلة:", "اقرأ أيضاً في 964:")
    /// introduces the line after it, and every line below it down to the next blank line: a page lists its related
    /// articles one a line, each with its own figures, none of them this report's.
    /// </summary>
    public bool IsRelatedNews(Sentence s) => (_relatedNews ??= FindRelatedNews())[s.Index];

    private bool[]? _relatedNews;

    /// <summary>
    /// Per sentence, whether it is another article's headline, in one walk down the report: a line under a cue's line
    /// (across a blank line too), or under a line of the cue's block, each a line of its own with no blank line between.
    /// </summary>
    private bool[] FindRelatedNews()
    {
        var related = new bool[_sentences.Count];
        // Whether a cue heads the lines down to the sentence before the one looked at, with no blank line between.
        var underCue = false;
        for (var i = 0; i < _sentences.Count; i++)
        {
            var s = _sentences[i];
            if (i > 0)
            {
                var above = _sentences[i - 1];
                var heads = HeadsRelatedNews(above);
                related[i] = StartsALine(s) && (heads || (underCue && StartsALine(above) && !BlankLineBetween(above, s)));
                underCue = StartsALine(above) && !BlankLineBetween(above, s) && (heads || underCue);
            }
            related[i] |= OpensWithRelatedNews(s, out _);
        }
        return related;
    }

    /// <summary>Whether a blank line stands between two sentences (the tokenizer makes one line-break token of a run).</summary>
    private bool BlankLineBetween(Sentence above, Sentence below) =>
        report.Text.Text.AsSpan(_tokens[above.Last].End, _tokens[below.First].Start - _tokens[above.Last].End).Count('\n') >= 2;

    /// <summary>Whether the sentence opens its line.</summary>
    public bool StartsALine(Sentence s) => s.First == 0 || _tokens[s.First - 1].Text == "\n";

    /// <summary>Whether the sentence is a line of its own: it opens its line and a line break ends it.</summary>
    public bool IsLineOfItsOwn(Sentence s) => StartsALine(s) && s.Last + 1 < _tokens.Count && _tokens[s.Last + 1].Text == "\n";

    /// <summary>
    /// A cue alone on its line, or with the site's name after it (at most
    /// <see cref="AssemblerLimits.RelatedNewsCueMaxWordsAfter"/> words) and a colon closing the line ("اقرأ أيضاً في 964:").
    /// </summary>
    private bool HeadsRelatedNews(Sentence s)
    {
        if (!OpensWithRelatedNews(s, out var cueLast))
        {
            return false;
        }
        var words = 0;
        for (var i = cueLast + 1; i <= s.Last; i++)
        {
            words += _tokens[i].IsWord || _tokens[i].IsNumber ? 1 : 0;
        }
        return words == 0 || (words <= AssemblerLimits.RelatedNewsCueMaxWordsAfter && _tokens[s.Last].Text == ":");
    }

    private bool OpensWithRelatedNews(Sentence s, out int cueLast)
    {
        cueLast = -1;
        if (!StartsALine(s))
        {
            return false;
        }
        var first = s.First;
        // "- اقرأ ايضا: ...": a list of related articles, each with its cue.
        while (ListBullets.IsBullet(_tokens[first]) && first < s.Last)
        {
            first++;
        }
        if (_lexicon.RelatedNews.MatchAt(_tokens, first) is { } m && m.Last <= s.Last)
        {
            cueLast = m.Last;
            return true;
        }
        return false;
    }

    /// <summary>
    /// "جاء فيها:" then "- قتل 35 إرهابيا" on a line of its own: a sentence is an item of a list when it opens with a
    /// bullet (<see cref="ListBullets"/>: on a social post, "✅ مقتل (17) إرهابيا") or when the sentence before it ends
    /// with a colon, so it goes on with what that sentence announced.
    /// </summary>
    public bool IsListItem(Sentence s)
    {
        if (ListBullets.IsBullet(_tokens[s.First]))
        {
            return true;
        }
        // "2- قتل (19) إرهابيا": an item numbered at its line's start.
        if (StartsALine(s) && _tokens[s.First].IsNumber && _tokens[s.First].Text.Length <= 2 && s.First < s.Last && _tokens[s.First + 1].Text is "-" or "–")
        {
            return true;
        }
        return s.Index > 0 && _tokens[_sentences[s.Index - 1].Last].Text == ":";
    }

    /// <summary>
    /// "العمليات حققت النتائج الآتية: - قتل ... - تدمير ... - تدمير ...": the first item of the unbroken run of list
    /// items <paramref name="s"/> belongs to, or <paramref name="s"/>'s own index when it is no item. The items of one
    /// list are one statement's, however many there are.
    /// </summary>
    public int ListRunStart(Sentence s)
    {
        var start = s.Index;
        while (start > 0 && IsListItem(_sentences[start]) && IsListItem(_sentences[start - 1]))
        {
            start--;
        }
        return start;
    }

    /// <summary>
    /// The sentence or clause opens with the pluperfect "وكان"/"وكانت" (lexicon backgroundOpeners): it tells what had
    /// happened before the news.
    /// </summary>
    public bool OpensAsBackground(Sentence s) => _lexicon.BackgroundOpeners.Contains(_tokens[s.First].Text);

    /// <summary>The first comma after <paramref name="token"/> within <paramref name="s"/> that opens a coordinated clause, or null.</summary>
    public int? CoordinatedClauseAfter(Sentence s, int token) => CoordinatedClauses.After(_tokens, s, token, _lexicon);
}
