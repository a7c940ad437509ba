using TongHop.Storage.Tests.Support;

namespace TongHop.Web.Tests.Support;

/// <summary>The databases the web tests run on: SQLite, and PostgreSQL when TONGHOP_TEST_POSTGRES is set.</summary>
public static class Providers
{
    public static TheoryData<string> All => TestDatabase.Providers;
}
