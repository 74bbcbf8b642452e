using System;
using Microsoft.AspNetCore.Http;

namespace Bailuwan.CountyPortal
{
    /// <summary>
    /// Why a request is refused (请求被拒绝的原因), in Chinese and English. Written as a JSON problem
    /// (RFC 9457) with the two messages as extra members, so both a person and a program can read it.
    /// </summary>
    internal sealed record Rejection(string Code, string Chinese, string English)
    {
        public IResult ToResult(int status = StatusCodes.Status400BadRequest) =>
            Results.Problem(
                detail: Chinese + " / " + English,
                statusCode: status,
                title: status >= 500 ? "服务器内部错误 / Internal server error" : "请求无效 / Bad request",
                extensions: new System.Collections.Generic.Dictionary<string, object?>
                {
                    ["code"] = Code,
                    ["messageZh"] = Chinese,
                    ["messageEn"] = English,
                });

        public static Rejection Because(string code, string chinese, string english) =>
            new Rejection(code ?? throw new ArgumentNullException(nameof(code)), chinese, english);
    }
}
