using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpsTracker.Data.Migrations.Sqlite
{
    /// <summary>
    /// The tallies rollup (OperationTallies) counts each event once: an operation another report's operation stands for
    /// (IsEventSecondary, event linking) leaves the rollup, as it leaves the timeline and the exports. The row triggers
    /// are made again with that condition (a change of the flag moves the row out of or into its line), and the rollup
    /// is filled again.
    /// </summary>
    [DbContext(typeof(SqliteOpsTrackerDbContext))]
    [Migration("20261203130000_RollupCountsEachEventOnce")]
    public partial class RollupCountsEachEventOnce : Migration
    {
        private const string Counted = "NOT \"IsEventSecondary\"";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => Rollup(migrationBuilder, eventsOnce: true);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => Rollup(migrationBuilder, eventsOnce: false);

        private static void Rollup(MigrationBuilder migrationBuilder, bool eventsOnce)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS "TR_Operations_Tallies_Insert";
                DROP TRIGGER IF EXISTS "TR_Operations_Tallies_Update";
                DROP TRIGGER IF EXISTS "TR_Operations_Tallies_Delete";
                DELETE FROM "OperationTallies";
                """);
            migrationBuilder.Sql($"""
                INSERT INTO "OperationTallies" ("Year", "ProvinceCode", "Kind", "ReviewState", "Operations", "Killed", "Arrested", "Wounded", "HideoutsDestroyed")
                SELECT COALESCE(CAST(strftime('%Y', "Date") AS INTEGER), 0), COALESCE("ProvinceCode", ''), "Kind", "ReviewState", COUNT(*),
                       COALESCE(SUM("IsisKilled"), 0), COALESCE(SUM("IsisArrested"), 0), COALESCE(SUM("IsisWounded"), 0), COALESCE(SUM("DestroyedHideouts"), 0)
                FROM "Operations" {(eventsOnce ? "WHERE " + Counted : "")} GROUP BY 1, 2, 3, 4;
                """);
            var flag = eventsOnce ? ", \"IsEventSecondary\"" : "";
            migrationBuilder.Sql(Trigger("Insert", "INSERT", [("NEW", "")], eventsOnce));
            migrationBuilder.Sql(Trigger("Delete", "DELETE", [("OLD", "-")], eventsOnce));
            migrationBuilder.Sql(Trigger("Update",
                $"UPDATE OF \"Date\", \"ProvinceCode\", \"Kind\", \"ReviewState\", \"IsisKilled\", \"IsisArrested\", \"IsisWounded\", \"DestroyedHideouts\"{flag}",
                [("OLD", "-"), ("NEW", "")], eventsOnce));
        }

        /// <summary>A row trigger moving a counted operation out of (<c>OLD</c>, sign -) or into (<c>NEW</c>) its rollup line.</summary>
        private static string Trigger(string name, string operation, (string Row, string Sign)[] moves, bool eventsOnce)
        {
            var body = string.Concat(moves.Select(m => $"""
                    INSERT INTO "OperationTallies" ("Year", "ProvinceCode", "Kind", "ReviewState", "Operations", "Killed", "Arrested", "Wounded", "HideoutsDestroyed")
                    SELECT COALESCE(CAST(strftime('%Y', {m.Row}."Date") AS INTEGER), 0), COALESCE({m.Row}."ProvinceCode", ''), {m.Row}."Kind", {m.Row}."ReviewState", {m.Sign}1,
                           {m.Sign}COALESCE({m.Row}."IsisKilled", 0), {m.Sign}COALESCE({m.Row}."IsisArrested", 0), {m.Sign}COALESCE({m.Row}."IsisWounded", 0), {m.Sign}COALESCE({m.Row}."DestroyedHideouts", 0)
                    WHERE {(eventsOnce ? $"NOT {m.Row}.\"IsEventSecondary\"" : "1")}
                    ON CONFLICT ("Year", "ProvinceCode", "Kind", "ReviewState") DO UPDATE SET
                        "Operations" = "Operations" + excluded."Operations", "Killed" = "Killed" + excluded."Killed",
                        "Arrested" = "Arrested" + excluded."Arrested", "Wounded" = "Wounded" + excluded."Wounded",
                        "HideoutsDestroyed" = "HideoutsDestroyed" + excluded."HideoutsDestroyed";

                """));
            return $"""
                CREATE TRIGGER "TR_Operations_Tallies_{name}" AFTER {operation} ON "Operations"
                BEGIN
                {body}END;
                """;
        }
    }
}
