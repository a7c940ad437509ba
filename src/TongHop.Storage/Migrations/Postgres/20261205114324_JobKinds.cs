using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TongHop.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class JobKinds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "Unit",
                table: "Values",
                newName: "MeasureUnit");

            migrationBuilder.AlterColumn<int>(
                name: "SubmissionId",
                table: "Jobs",
                type: "integer",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AddColumn<string>(
                name: "Key",
                table: "Jobs",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Payload",
                table: "Jobs",
                type: "text",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Jobs_Kind_Key",
                table: "Jobs",
                columns: new[] { "Kind", "Key" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Jobs_Kind_Key",
                table: "Jobs");

            migrationBuilder.DropColumn(
                name: "Key",
                table: "Jobs");

            migrationBuilder.DropColumn(
                name: "Payload",
                table: "Jobs");

            migrationBuilder.RenameColumn(
                name: "MeasureUnit",
                table: "Values",
                newName: "Unit");

            migrationBuilder.AlterColumn<int>(
                name: "SubmissionId",
                table: "Jobs",
                type: "integer",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "integer",
                oldNullable: true);
        }
    }
}
