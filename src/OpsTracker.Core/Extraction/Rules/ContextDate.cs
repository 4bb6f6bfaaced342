using OpsTracker.Core.Extraction.Dates;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// The last day a report named so far, which the operations after it that name none inherit
/// (<see cref="OperationDescriber.Describe"/>). Made per call of <see cref="SentenceReader.Read"/>, never shared.
/// </summary>
internal sealed class ContextDate
{
    public DateMention? Day { get; private set; }

    /// <summary>A sentence read: the last day it names, if any, is the context of the sentences after it.</summary>
    public void Read(ReportText report, Sentence sentence) => Day = OperationDates.LatestDayMention(report, sentence) ?? Day;
}
