using System.Text;
using PositionTracker.Domain.Articles;

namespace PositionTracker.Domain.Tests.Articles;

public class ArticleFileTests
{
    private const string Valid = """
        ---
        outlet: Daily Test
        published: 2021-06-01
        title: Minister: "No talks" on the islands
        url: https://example.org/a
        desk: foreign
        ---
        The minister said on Tuesday that the islands were not for sale.
        """;

    [Fact]
    public void The_header_gives_outlet_date_title_and_keeps_unknown_keys()
    {
        var article = ArticleFile.Parse(Valid, TestData.Today);

        Assert.Equal("Daily Test", article.Outlet);
        Assert.Equal(new DateOnly(2021, 6, 1), article.Published);
        Assert.Equal("Minister: \"No talks\" on the islands", article.Title);
        Assert.Equal("https://example.org/a", article.Url);
        Assert.Equal("foreign", article.Metadata["desk"]);
        Assert.Equal("The minister said on Tuesday that the islands were not for sale.", article.Body);
    }

    [Fact]
    public void Empty_values_are_absent_and_windows_line_endings_read_the_same()
    {
        var article = ArticleFile.Parse(Valid.Replace("url: https://example.org/a", "url:").Replace("\n", "\r\n"), TestData.Today);

        Assert.Null(article.Url);
        Assert.Equal(ArticleFile.Parse(Valid, TestData.Today).ContentHash, article.ContentHash);
    }

    [Fact]
    public void The_id_follows_the_content_so_the_same_file_is_the_same_article()
    {
        Assert.Equal(ArticleFile.Parse(Valid, TestData.Today).Id, ArticleFile.Parse(Valid + "\n\n", TestData.Today).Id);
        Assert.NotEqual(ArticleFile.Parse(Valid, TestData.Today).Id, ArticleFile.Parse(Valid.Replace("not for sale", "for sale"), TestData.Today).Id);
    }

    [Fact]
    public void The_same_story_carried_by_two_outlets_is_two_articles()
    {
        Assert.NotEqual(ArticleFile.Parse(Valid, TestData.Today).Id, ArticleFile.Parse(Valid.Replace("Daily Test", "Evening Test"), TestData.Today).Id);
    }

    [Theory]
    [InlineData("The minister said nothing.", "has no header: line 1 should be '---'")]
    [InlineData("---\noutlet: X\npublished: 2021-06-01\nbody without a closing fence", "header opened on line 1 is never closed")]
    [InlineData("---\noutlet: X\n---\nSome text.", "has no published date")]
    [InlineData("---\noutlet: X\npublished: 2021-02-30\n---\nSome text.", "header line 3: published '2021-02-30' is not a date (expected YYYY-MM-DD)")]
    [InlineData("---\npublished: 1 June 2021\n---\nSome text.", "published '1 June 2021' is not a date")]
    [InlineData("---\noutlet: X\npublished: 2021-06-01\n---\n   \n", "has an empty body")]
    [InlineData("---\noutlet X\npublished: 2021-06-01\n---\nSome text.", "header line 2 is not 'key: value'")]
    [InlineData("---\noutlet: X\noutlet: Y\npublished: 2021-06-01\n---\nSome text.", "header line 3 repeats the key 'outlet'")]
    [InlineData("", "is empty")]
    public void Malformed_articles_are_rejected_saying_what_and_where(string text, string expected)
    {
        var rejected = Assert.Throws<ArticleRejected>(() => ArticleFile.Parse(text, TestData.Today));

        Assert.Contains(expected, rejected.Message);
    }

    [Fact]
    public void A_binary_file_is_rejected_with_the_offset_of_the_first_nul()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("---\npub"), 0, 1, 2, 0xFF];

        var rejected = Assert.Throws<ArticleRejected>(() => ArticleFile.Parse(bytes, TestData.Today));

        Assert.Contains("binary", rejected.Message);
        Assert.Contains("offset 7", rejected.Message);
    }

    [Fact]
    public void Text_that_is_not_utf8_is_rejected()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes(Valid), 0xC3, 0x28];

        Assert.Contains("not valid UTF-8", Assert.Throws<ArticleRejected>(() => ArticleFile.Parse(bytes, TestData.Today)).Message);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_before_it_is_read()
    {
        var rejected = Assert.Throws<ArticleRejected>(() => ArticleFile.CheckSize(ArticleFile.MaxBytes + 1L));

        Assert.Contains("over the 10 MiB limit", rejected.Message);
    }

    [Fact]
    public void A_byte_order_mark_is_not_part_of_the_header()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Valid)];

        Assert.Equal("Daily Test", ArticleFile.Parse(bytes, TestData.Today).Outlet);
    }
}
