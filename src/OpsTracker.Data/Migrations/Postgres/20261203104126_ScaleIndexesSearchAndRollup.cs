using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpsTracker.Data.Migrations.Postgres
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
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "IsisArrested",
                table: "Operations",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "IsisKilled",
                table: "Operations",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "IsisWounded",
                table: "Operations",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "Operations",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "VictimsKilled",
                table: "Operations",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "VictimsWounded",
                table: "Operations",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "OperationTallies",
                columns: table => new
                {
                    Year = table.Column<int>(type: "integer", nullable: false),
                    ProvinceCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ReviewState = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Operations = table.Column<int>(type: "integer", nullable: false),
                    Killed = table.Column<int>(type: "integer", nullable: false),
                    Arrested = table.Column<int>(type: "integer", nullable: false),
                    Wounded = table.Column<int>(type: "integer", nullable: false),
                    HideoutsDestroyed = table.Column<int>(type: "integer", nullable: false)
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
            // The timeline's order (newest first, undated last, then by id), alone and after a province: a page is an
            // index scan that stops after its rows; the review state rides along so counts are index-only.
            migrationBuilder.Sql("""
                CREATE INDEX "IX_Operations_Timeline" ON "Operations" (("Date" IS NULL), "Date" DESC, "Id") INCLUDE ("ReviewState");
                CREATE INDEX "IX_Operations_Province_Timeline" ON "Operations" ("ProvinceCode", ("Date" IS NULL), "Date" DESC, "Id") INCLUDE ("ReviewState");
                """);

            // The text search: trigrams of the folded search column (filled by the app at startup for older rows).
            migrationBuilder.Sql("""
                CREATE EXTENSION IF NOT EXISTS pg_trgm;
                CREATE INDEX "IX_Operations_SearchText_Trigram" ON "Operations" USING gin ("SearchText" gin_trgm_ops);
                """);

            // Each operation's figures, summed from its casualties and hideouts (null when it has none).
            migrationBuilder.Sql("""
                UPDATE "Operations" AS o
                SET "IsisKilled" = f.isis_killed, "IsisArrested" = f.isis_arrested, "IsisWounded" = f.isis_wounded,
                    "VictimsKilled" = f.victims_killed, "VictimsWounded" = f.victims_wounded
                FROM (SELECT "OperationId",
                             SUM("Count") FILTER (WHERE "Side" = 'Isis' AND "Category" = 'Killed') AS isis_killed,
                             SUM("Count") FILTER (WHERE "Side" = 'Isis' AND "Category" = 'Arrested') AS isis_arrested,
                             SUM("Count") FILTER (WHERE "Side" = 'Isis' AND "Category" = 'Wounded') AS isis_wounded,
                             SUM("Count") FILTER (WHERE "Side" <> 'Isis' AND "Category" = 'Killed') AS victims_killed,
                             SUM("Count") FILTER (WHERE "Side" <> 'Isis' AND "Category" = 'Wounded') AS victims_wounded
                      FROM "Casualties" GROUP BY "OperationId") AS f
                WHERE f."OperationId" = o."Id";
                UPDATE "Operations" AS o SET "DestroyedHideouts" = f.destroyed
                FROM (SELECT "OperationId", SUM("Count") AS destroyed FROM "Hideouts" WHERE "Outcome" = 'Destroyed' GROUP BY "OperationId") AS f
                WHERE f."OperationId" = o."Id";
                """);

            // The tallies rollup: filled once here, then kept in step by statement triggers in the writer's transaction.
            migrationBuilder.Sql("""
                INSERT INTO "OperationTallies" ("Year", "ProvinceCode", "Kind", "ReviewState", "Operations", "Killed", "Arrested", "Wounded", "HideoutsDestroyed")
                SELECT COALESCE(EXTRACT(YEAR FROM "Date")::integer, 0), COALESCE("ProvinceCode", ''), "Kind", "ReviewState", COUNT(*),
                       COALESCE(SUM("IsisKilled"), 0), COALESCE(SUM("IsisArrested"), 0), COALESCE(SUM("IsisWounded"), 0), COALESCE(SUM("DestroyedHideouts"), 0)
                FROM "Operations" GROUP BY 1, 2, 3, 4;

                CREATE FUNCTION opstracker_operation_tallies() RETURNS trigger LANGUAGE plpgsql AS $fn$
                BEGIN
                    -- Rows leave their old line (deletes, and the old side of updates) and join their new one, summed per
                    -- line and applied in key order (two writers lock the lines in the same order).
                    IF TG_OP IN ('DELETE', 'UPDATE') THEN
                        INSERT INTO "OperationTallies" AS t ("Year", "ProvinceCode", "Kind", "ReviewState", "Operations", "Killed", "Arrested", "Wounded", "HideoutsDestroyed")
                        SELECT COALESCE(EXTRACT(YEAR FROM "Date")::integer, 0), COALESCE("ProvinceCode", ''), "Kind", "ReviewState", -COUNT(*),
                               -COALESCE(SUM("IsisKilled"), 0), -COALESCE(SUM("IsisArrested"), 0), -COALESCE(SUM("IsisWounded"), 0), -COALESCE(SUM("DestroyedHideouts"), 0)
                        FROM old_rows GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
                        ON CONFLICT ("Year", "ProvinceCode", "Kind", "ReviewState") DO UPDATE SET
                            "Operations" = t."Operations" + EXCLUDED."Operations", "Killed" = t."Killed" + EXCLUDED."Killed",
                            "Arrested" = t."Arrested" + EXCLUDED."Arrested", "Wounded" = t."Wounded" + EXCLUDED."Wounded",
                            "HideoutsDestroyed" = t."HideoutsDestroyed" + EXCLUDED."HideoutsDestroyed";
                    END IF;
                    IF TG_OP IN ('INSERT', 'UPDATE') THEN
                        INSERT INTO "OperationTallies" AS t ("Year", "ProvinceCode", "Kind", "ReviewState", "Operations", "Killed", "Arrested", "Wounded", "HideoutsDestroyed")
                        SELECT COALESCE(EXTRACT(YEAR FROM "Date")::integer, 0), COALESCE("ProvinceCode", ''), "Kind", "ReviewState", COUNT(*),
                               COALESCE(SUM("IsisKilled"), 0), COALESCE(SUM("IsisArrested"), 0), COALESCE(SUM("IsisWounded"), 0), COALESCE(SUM("DestroyedHideouts"), 0)
                        FROM new_rows GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
                        ON CONFLICT ("Year", "ProvinceCode", "Kind", "ReviewState") DO UPDATE SET
                            "Operations" = t."Operations" + EXCLUDED."Operations", "Killed" = t."Killed" + EXCLUDED."Killed",
                            "Arrested" = t."Arrested" + EXCLUDED."Arrested", "Wounded" = t."Wounded" + EXCLUDED."Wounded",
                            "HideoutsDestroyed" = t."HideoutsDestroyed" + EXCLUDED."HideoutsDestroyed";
                    END IF;
                    RETURN NULL;
                END
                $fn$;

                CREATE TRIGGER "TR_Operations_Tallies_Insert" AFTER INSERT ON "Operations"
                    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION opstracker_operation_tallies();
                CREATE TRIGGER "TR_Operations_Tallies_Update" AFTER UPDATE ON "Operations"
                    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION opstracker_operation_tallies();
                CREATE TRIGGER "TR_Operations_Tallies_Delete" AFTER DELETE ON "Operations"
                    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION opstracker_operation_tallies();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS "TR_Operations_Tallies_Insert" ON "Operations";
                DROP TRIGGER IF EXISTS "TR_Operations_Tallies_Update" ON "Operations";
                DROP TRIGGER IF EXISTS "TR_Operations_Tallies_Delete" ON "Operations";
                DROP FUNCTION IF EXISTS opstracker_operation_tallies();
                DROP INDEX IF EXISTS "IX_Operations_SearchText_Trigram";
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
    }
}
