using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpsTracker.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ScaleIndexesSearchAndRollup : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "DestroyedHideouts",
                table: "Operations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "IsisArrested",
                table: "Operations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "IsisKilled",
                table: "Operations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "IsisWounded",
                table: "Operations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "Operations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "VictimsKilled",
                table: "Operations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "VictimsWounded",
                table: "Operations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "OperationTallies",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ReviewState = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Operations = table.Column<int>(type: "INTEGER", nullable: false),
                    Killed = table.Column<int>(type: "INTEGER", nullable: false),
                    Arrested = table.Column<int>(type: "INTEGER", nullable: false),
                    Wounded = table.Column<int>(type: "INTEGER", nullable: false),
                    HideoutsDestroyed = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OperationTallies", x => new { x.Year, x.ProvinceCode, x.Kind, x.ReviewState });
                });

            migrationBuilder.CreateIndex(
                name: "IX_Operations_Actors",
                table: "Operations",
                column: "Actors");

            // Hand-written below: what EF does not model (docs/decisions/0006-scale-indexes-search-and-exports.md).
            // The timeline's order (newest first, undated last, then by id), alone and after a province.
            migrationBuilder.Sql("""
                CREATE INDEX "IX_Operations_Timeline" ON "Operations" (("Date" IS NULL), "Date" DESC, "Id");
                CREATE INDEX "IX_Operations_Province_Timeline" ON "Operations" ("ProvinceCode", ("Date" IS NULL), "Date" DESC, "Id");
                """);

            // Each operation's figures, summed from its casualties and hideouts (SUM over no rows is null here).
            migrationBuilder.Sql("""
                UPDATE "Operations" SET
                    "IsisKilled" = (SELECT SUM("Count") FROM "Casualties" AS c WHERE c."OperationId" = "Operations"."Id" AND c."Side" = 'Isis' AND c."Category" = 'Killed'),
                    "IsisArrested" = (SELECT SUM("Count") FROM "Casualties" AS c WHERE c."OperationId" = "Operations"."Id" AND c."Side" = 'Isis' AND c."Category" = 'Arrested'),
                    "IsisWounded" = (SELECT SUM("Count") FROM "Casualties" AS c WHERE c."OperationId" = "Operations"."Id" AND c."Side" = 'Isis' AND c."Category" = 'Wounded'),
                    "VictimsKilled" = (SELECT SUM("Count") FROM "Casualties" AS c WHERE c."OperationId" = "Operations"."Id" AND c."Side" <> 'Isis' AND c."Category" = 'Killed'),
                    "VictimsWounded" = (SELECT SUM("Count") FROM "Casualties" AS c WHERE c."OperationId" = "Operations"."Id" AND c."Side" <> 'Isis' AND c."Category" = 'Wounded'),
                    "DestroyedHideouts" = (SELECT SUM("Count") FROM "Hideouts" AS h WHERE h."OperationId" = "Operations"."Id" AND h."Outcome" = 'Destroyed');
                """);

            // The tallies rollup: filled once here, then kept in step by row triggers in the writer's transaction.
            migrationBuilder.Sql("""
                INSERT INTO "OperationTallies" ("Year", "ProvinceCode", "Kind", "ReviewState", "Operations", "Killed", "Arrested", "Wounded", "HideoutsDestroyed")
                SELECT COALESCE(CAST(strftime('%Y', "Date") AS INTEGER), 0), COALESCE("ProvinceCode", ''), "Kind", "ReviewState", COUNT(*),
                       COALESCE(SUM("IsisKilled"), 0), COALESCE(SUM("IsisArrested"), 0), COALESCE(SUM("IsisWounded"), 0), COALESCE(SUM("DestroyedHideouts"), 0)
                FROM "Operations" GROUP BY 1, 2, 3, 4;
                """);
            migrationBuilder.Sql(SqliteTallyTrigger("Insert", "INSERT", [("NEW", "")]));
            migrationBuilder.Sql(SqliteTallyTrigger("Delete", "DELETE", [("OLD", "-")]));
            // Only a change of what the rollup keys or sums moves a row (not the search column's backfill).
            migrationBuilder.Sql(SqliteTallyTrigger("Update",
                "UPDATE OF \"Date\", \"ProvinceCode\", \"Kind\", \"ReviewState\", \"IsisKilled\", \"IsisArrested\", \"IsisWounded\", \"DestroyedHideouts\"", [("OLD", "-"), ("NEW", "")]));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS "TR_Operations_Tallies_Insert";
                DROP TRIGGER IF EXISTS "TR_Operations_Tallies_Update";
                DROP TRIGGER IF EXISTS "TR_Operations_Tallies_Delete";
                DROP INDEX IF EXISTS "IX_Operations_Timeline";
                DROP INDEX IF EXISTS "IX_Operations_Province_Timeline";
                """);

            migrationBuilder.DropTable(
                name: "OperationTallies");

            migrationBuilder.DropIndex(
                name: "IX_Operations_Actors",
                table: "Operations");

            migrationBuilder.DropColumn(
                name: "DestroyedHideouts",
                table: "Operations");

            migrationBuilder.DropColumn(
                name: "IsisArrested",
                table: "Operations");

            migrationBuilder.DropColumn(
                name: "IsisKilled",
                table: "Operations");

            migrationBuilder.DropColumn(
                name: "IsisWounded",
                table: "Operations");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "Operations");

            migrationBuilder.DropColumn(
                name: "VictimsKilled",
                table: "Operations");

            migrationBuilder.DropColumn(
                name: "VictimsWounded",
                table: "Operations");
        }

        /// <summary>A row trigger moving an operation out of (<c>OLD</c>, sign -) or into (<c>NEW</c>) its rollup line.</summary>
        private static string SqliteTallyTrigger(string name, string operation, (string Row, string Sign)[] moves)
        {
            var body = string.Concat(moves.Select(m => $"""
                    INSERT INTO "OperationTallies" ("Year", "ProvinceCode", "Kind", "ReviewState", "Operations", "Killed", "Arrested", "Wounded", "HideoutsDestroyed")
                    VALUES (COALESCE(CAST(strftime('%Y', {m.Row}."Date") AS INTEGER), 0), COALESCE({m.Row}."ProvinceCode", ''), {m.Row}."Kind", {m.Row}."ReviewState", {m.Sign}1,
                            {m.Sign}COALESCE({m.Row}."IsisKilled", 0), {m.Sign}COALESCE({m.Row}."IsisArrested", 0), {m.Sign}COALESCE({m.Row}."IsisWounded", 0), {m.Sign}COALESCE({m.Row}."DestroyedHideouts", 0))
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
