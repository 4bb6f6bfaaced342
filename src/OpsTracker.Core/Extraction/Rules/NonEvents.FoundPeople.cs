using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// People a verb of finding takes as its object: "وعند تفتيش الوكر تم العثور على 3 من الإرهابيين"، "عثرت القوة على
/// عنصرين من التنظيم مختبئين". Found is no outcome: the people count as killed or arrested only by a verb of their own
/// ("قتل أحدهما"، "واعتقلتهم")، never by a casualty word told before the finding for other people. The noun of the
/// dead ("جثث"، "قتلى") carries its outcome and is no person noun here.
/// </summary>
internal sealed partial class NonEvents
{
    /// <summary>Whether the count of people stands right after the "على" of a verb of finding (<see cref="FigureTriggers.FoundVerbBeforeOn"/>).</summary>
    private bool IsFoundPeople(TokenList tokens, Sentence s, Figure f) =>
        f is { Kind: FigureKind.Casualty, Rule: "count-of-persons" or "count-persons" } && _triggers.FoundVerbBeforeOn(tokens, s, f.First) == HideoutOutcome.Found;
}
