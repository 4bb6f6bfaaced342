using System.Globalization;
using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Learn;

/// <summary>
/// One operation figure as the scorer counts it (an operation and a field: killed, arrested, wounded,
/// hideoutsDestroyed of ISIS, or victims.&lt;category&gt; of every other side), with the readings the rules gave it.
/// </summary>
public sealed record FigureCandidate(int Operation, string Field, int Value, IReadOnlyDictionary<string, float> Features);

/// <summary>
/// The features of each figure of an extraction: only what the rules already computed (rules, confidence, side,
/// kind, date, province) and where its words lie in the report (headline or body, quotes, other numbers), so the
/// product can compute the same at run time from the extraction and the text. Named, sparse: a linear model's
/// weights are a name → weight table.
/// </summary>
public static class FigureFeatures
{
    private static readonly (string Field, CasualtyCategory Category)[] IsisFields =
        [("killed", CasualtyCategory.Killed), ("arrested", CasualtyCategory.Arrested), ("wounded", CasualtyCategory.Wounded)];

    public static List<FigureCandidate> Of(string text, ExtractionResult r)
    {
        var lines = LineStarts(text);
        var all = new List<(int Op, string Field, int Value, List<ExtractedCasualty> Cas, List<ExtractedHideout> Hid)>();
        for (var i = 0; i < r.Operations.Count; i++)
        {
            var op = r.Operations[i];
            foreach (var (field, cat) in IsisFields)
            {
                var parts = op.Casualties.Where(c => c.Side == CasualtySide.Isis && c.Category == cat).ToList();
                if (parts.Count > 0) { all.Add((i, field, parts.Sum(c => c.Count), parts, [])); }
            }
            var destroyed = op.Hideouts.Where(h => h.Outcome == HideoutOutcome.Destroyed).ToList();
            if (destroyed.Count > 0) { all.Add((i, "hideoutsDestroyed", destroyed.Sum(h => h.Count), [], destroyed)); }
            foreach (var g in op.Casualties.Where(c => c.Side != CasualtySide.Isis).GroupBy(c => c.Category))
            {
                all.Add((i, "victims." + ExtractionJson.Name(g.Key), g.Sum(c => c.Count), g.ToList(), []));
            }
        }
        var tallyValues = r.Tallies.SelectMany(t => new[] { t.Operations, t.Killed, t.Arrested, t.HideoutsDestroyed, t.IsisAttacks })
            .Where(v => v is not null).Select(v => v!.Value).ToHashSet();
        var result = new List<FigureCandidate>();
        foreach (var (opIndex, field, value, cas, hid) in all)
        {
            var op = r.Operations[opIndex];
            var f = new Dictionary<string, float>(StringComparer.Ordinal);
            void Set(string name, double v = 1) => f[name] = (float)v;
            Set("bias");
            Set("field:" + field);
            foreach (var rule in cas.Select(c => c.Rule).Concat(hid.Select(h => h.Rule)).Where(x => !string.IsNullOrEmpty(x)).Distinct())
            {
                foreach (var part in rule.Split('+')) { Set("rule:" + part); }
            }
            // The operation's rule names every rule that read any of its figures, joined by '+': one feature per rule.
            foreach (var part in op.Rule.Split('+', StringSplitOptions.RemoveEmptyEntries)) { Set("oprule:" + part); }
            foreach (var side in cas.Select(c => c.Side).Distinct()) { Set("side:" + ExtractionJson.Name(side)); }
            Set("kind:" + ExtractionJson.Name(op.Kind));
            var conf = cas.Select(c => c.Confidence).Concat(hid.Select(h => h.Confidence)).DefaultIfEmpty(1).Min();
            Set("confidence", conf);
            Set("opConfidence", op.Confidence);
            Set("logValue", Math.Log(1 + value));
            if (value == 1) { Set("valueOne"); }
            if (value >= 100) { Set("value100"); }
            if (cas.Any(c => c.Approximate) || hid.Any(h => h.Approximate)) { Set("approximate"); }
            if (cas.Count + hid.Count > 1) { Set("summedParts", cas.Count + hid.Count - 1); }
            Set("datePrecision:" + ExtractionJson.Name(op.DatePrecision));
            if (op.Date is null) { Set("dateNull"); }
            if (op.RelativeDate is not null) { Set("relativeDate"); }
            if (r.Published is null) { Set("publishedUnknown"); }
            if (op.Date is { } d && r.Published is { } pub)
            {
                var days = pub.DayNumber - d.DayNumber;
                if (days < 0) { Set("dateAfterPublished"); }
                Set("logDaysBefore", Math.Log(1 + Math.Max(0, days)));
            }
            if (string.IsNullOrEmpty(op.Province)) { Set("provinceNull"); }
            if (string.IsNullOrEmpty(op.Place)) { Set("placeNull"); }
            Set("actors", Math.Min(3, op.Actors.Count));
            if (op.Strikes is not null) { Set("hasStrikes"); }
            if (tallyValues.Contains(value)) { Set("valueInTally"); }
            if (all.Any(o => o.Op != opIndex && o.Value == value && o.Field == field)) { Set("valueInOtherOperation"); }
            if (all.Any(o => o.Op != opIndex && o.Value == value && o.Field != field)) { Set("valueElsewhere"); }
            Set("logOperations", Math.Log(r.Operations.Count));
            Set("logFigures", Math.Log(all.Count));
            if (r.Tallies.Count > 0) { Set("hasTally"); }
            Set("opFigures", Math.Min(4, all.Count(o => o.Op == opIndex)));

            var start = cas.Select(c => c.Evidence.Start).Concat(hid.Select(h => h.Evidence.Start)).DefaultIfEmpty(op.Evidence.Start).Min();
            var line = LineOf(lines, start);
            Set("relativePosition", text.Length == 0 ? 0 : (double)start / text.Length);
            if (line == 0) { Set("headline"); }
            else if (line == 1) { Set("lead"); }
            Set("lineFraction", lines.Count <= 1 ? 0 : (double)line / (lines.Count - 1));
            var sentence = LineText(text, lines, line);
            if (sentence.IndexOfAny(['«', '»', '"', '“', '”']) >= 0) { Set("quoteInLine"); }
            Set("digitRunsInLine", Math.Min(6, DigitRuns(sentence)));
            Set("logLineLength", Math.Log(1 + sentence.Length));
            Set("logReportLength", Math.Log(1 + text.Length));
            var evLen = cas.Select(c => c.Evidence.Text.Length).Concat(hid.Select(h => h.Evidence.Text.Length)).DefaultIfEmpty(0).Max();
            Set("logEvidenceLength", Math.Log(1 + evLen));
            foreach (var cue in SentenceCues(text, start)) { Set("cue:" + cue); }
            result.Add(new FigureCandidate(opIndex, field, value, f));
        }
        return result;
    }

    /// <summary>
    /// The lexicon's lists the figure's sentence (between . ! ? or a line break) has a phrase of: the words the rules
    /// themselves read (tally cues, a foreign scope, unnamed agents, people of each side ...), as yes/no features.
    /// </summary>
    private static IEnumerable<string> SentenceCues(string text, int offset)
    {
        var from = offset;
        while (from > 0 && text[from - 1] is not ('.' or '!' or '?' or '\n')) { from--; }
        var to = offset;
        while (to < text.Length && text[to] is not ('.' or '!' or '?' or '\n')) { to++; }
        var tokens = Tokenizer.Tokenize(ArabicNormalizer.Normalize(text[from..to]).Text);
        var lex = ExtractionLexicon.Default;
        var lists = new (string Name, Func<TokenList, bool> Has)[]
        {
            ("tally", t => lex.TallyCues.FindAll(t).Count > 0),
            ("tallyStrong", t => lex.TallyStrongCues.FindAll(t).Count > 0),
            ("foreign", t => lex.ForeignScope.FindAll(t).Count > 0),
            ("relatedNews", t => lex.RelatedNews.FindAll(t).Count > 0),
            ("earlierToll", t => lex.EarlierTollNames.FindAll(t).Count > 0),
            ("announce", t => lex.AnnouncementVerbs.FindAll(t).Count > 0),
            ("unknownAgent", t => lex.UnknownAgent.FindAll(t).Count > 0),
            ("isisAgent", t => lex.IsisAgent.FindAll(t).Count > 0),
            ("motiveInDoubt", t => lex.MotiveInDoubt.FindAll(t).Count > 0),
            ("anniversary", t => lex.Anniversaries.FindAll(t).Count > 0),
            ("judicial", t => lex.JudicialWords.FindAll(t).Count > 0),
            ("martyrdom", t => lex.Martyrdom.FindAll(t).Count > 0),
            ("attackVerb", t => lex.AttackVerbs.FindAll(t).Count > 0),
            ("execution", t => lex.ExecutionVerbs.FindAll(t).Count > 0),
            ("crime", t => lex.CrimeRoles.FindAll(t).Count > 0),
            ("breakdown", t => lex.BreakdownCues.FindAll(t).Count > 0),
            ("backReference", t => lex.BackReferences.FindAll(t).Count > 0),
            ("anotherOperation", t => lex.AnotherOperation.FindAll(t).Count > 0),
            ("others", t => lex.Others.FindAll(t).Count > 0),
            ("additive", t => lex.AdditiveOpeners.FindAll(t).Count > 0),
            ("earlierUnspecified", t => lex.EarlierUnspecified.FindAll(t).Count > 0),
            ("warRemnants", t => lex.WarRemnants.FindAll(t).Count > 0),
            ("headcount", t => lex.Headcounts.FindAll(t).Count > 0),
            ("connector", t => lex.SegmentConnectors.FindAll(t).Count > 0),
            ("isisOrg", t => lex.IsisOrgs.FindAll(t).Count > 0),
            ("securityOrg", t => lex.SecurityOrgs.FindAll(t).Count > 0),
            ("attackNoun", t => lex.AttackNouns.FindAll(t).Count > 0),
            ("strikeNoun", t => lex.StrikeNouns.FindAll(t).Count > 0),
        };
        foreach (var (name, has) in lists)
        {
            if (has(tokens)) { yield return name; }
        }
        var sides = lex.Persons.FindAll(tokens).Where(m => !m.Value.Ambiguous).Select(m => m.Value.Side).Distinct().ToList();
        foreach (var side in sides) { yield return "persons:" + ExtractionJson.Name(side); }
        if (sides.Count > 1) { yield return "personsOfTwoSides"; }
    }

    /// <summary>The starts of the report's non-empty lines (a line is the headline, a paragraph, or a sentence of a bulletin).</summary>
    private static List<(int Start, int End)> LineStarts(string text)
    {
        var lines = new List<(int, int)>();
        var s = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                if (text.AsSpan(s, i - s).Trim().Length > 0) { lines.Add((s, i)); }
                s = i + 1;
            }
        }
        return lines;
    }

    private static int LineOf(List<(int Start, int End)> lines, int offset)
    {
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            if (lines[i].Start <= offset) { return i; }
        }
        return 0;
    }

    private static string LineText(string text, List<(int Start, int End)> lines, int line) =>
        lines.Count == 0 ? "" : text[lines[line].Start..lines[line].End];

    private static int DigitRuns(string s)
    {
        var n = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsDigit(s[i]) && (i == 0 || !char.IsDigit(s[i - 1]))) { n++; }
        }
        return n;
    }

    public static string Show(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);
}
