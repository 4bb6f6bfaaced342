using System.CommandLine;
using OpsTracker.Cli;

var root = new RootCommand("OpsTracker: Arabic reports on Iraq's operations against ISIS, as structured records.")
{
    ExtractCommand.Create(),
    ImportCommand.Create(),
    GenerateCommand.Create(),
    BenchCommand.Create(),
    RulesCommand.Create(),
    UserCommand.Create(),
    ReviewScoreCommand.Create(),
    LinkEvalCommand.Create(),
    LinkLabelledCommand.Create(),
    LinkBenchCommand.Create(),
};
return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
