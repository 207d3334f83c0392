<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ferry::cloudapi::ApiError</name>
    <message>
        <source>The request may have reached the service, so the change may already have been made. Check the current state before repeating it.</source>
        <translation>该请求可能已到达服务，相应的更改可能已经生效。重复操作前请先检查当前状态。</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Throttled</source>
        <translation>已限流</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>身份验证失败</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>权限不足</translation>
    </message>
    <message>
        <source>Request rejected</source>
        <translation>请求被拒绝</translation>
    </message>
    <message>
        <source>Service error</source>
        <translation>服务错误</translation>
    </message>
    <message>
        <source>Unreadable response</source>
        <translation>无法解析的响应</translation>
    </message>
    <message>
        <source>Credentials problem</source>
        <translation>凭证问题</translation>
    </message>
    <message>
        <source>Alibaba Cloud could not verify the request signature. Check that the AccessKey secret belongs to this AccessKey ID and was copied completely, that this computer&apos;s clock is correct, and that no proxy between Ferry and Alibaba Cloud rewrites requests.</source>
        <translation>阿里云无法验证请求签名。请检查：AccessKey Secret 是否属于此 AccessKey ID 且已完整复制，本机时钟是否准确，以及 Ferry 与阿里云之间是否有代理改写了请求。</translation>
    </message>
    <message>
        <source>Alibaba Cloud does not know this AccessKey ID, or it is disabled. Check the AccessKey ID for typing mistakes, and that it has not been deleted or disabled in the RAM console.</source>
        <translation>阿里云无法识别此 AccessKey ID，或该 AccessKey 已被禁用。请检查 AccessKey ID 是否输入有误，并确认它未在 RAM 控制台中被删除或禁用。</translation>
    </message>
    <message>
        <source>The request time differs too much from Alibaba Cloud&apos;s clock (more than 15 minutes). Synchronize this computer&apos;s clock, for example by enabling automatic time (NTP), then try again.</source>
        <translation>请求时间与阿里云时钟偏差过大（超过 15 分钟）。请同步本机时钟（例如启用自动对时 NTP），然后重试。</translation>
    </message>
    <message>
        <source>Alibaba Cloud saw this request twice and rejected the repeat. Try again.</source>
        <translation>阿里云两次收到同一请求，已拒绝重复的请求。请重试。</translation>
    </message>
    <message>
        <source>The temporary (STS) credentials are expired or invalid. Obtain new temporary credentials, or use a profile that renews them.</source>
        <translation>临时（STS）凭证已过期或无效。请获取新的临时凭证，或使用可自动续期凭证的配置。</translation>
    </message>
    <message>
        <source>Alibaba Cloud rejected the request because too many requests were sent in a short time. Ferry retries reads automatically after a pause; if this keeps happening, wait a minute or poll less often.</source>
        <translation>短时间内发送的请求过多，阿里云已拒绝该请求（限流）。Ferry 会在稍作等待后自动重试读取操作；如果此情况持续出现，请等待一分钟或降低轮询频率。</translation>
    </message>
    <message>
        <source>The service is temporarily unavailable. Ferry retries reads automatically; try again in a few minutes.</source>
        <translation>服务暂时不可用。Ferry 会自动重试读取操作；请在几分钟后重试。</translation>
    </message>
    <message>
        <source>The service failed with an internal error that is not caused by your request. Try again later; if it persists, contact Alibaba Cloud support with the request ID.</source>
        <translation>服务发生内部错误，并非由您的请求导致。请稍后重试；如果问题持续存在，请提供请求 ID 联系阿里云技术支持。</translation>
    </message>
    <message>
        <source>Ferry could not reach the service (%1). Check the network connection, proxy settings and firewall.</source>
        <translation>Ferry 无法连接到服务（%1）。请检查网络连接、代理设置和防火墙。</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>无详细信息</translation>
    </message>
    <message>
        <source>The service did not answer in time. The network may be slow or the service busy; try again.</source>
        <translation>服务未能及时响应。可能是网络较慢或服务繁忙，请重试。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>Too many requests were sent in a short time. Ferry retries reads automatically after a pause.</source>
        <translation>短时间内发送的请求过多。Ferry 会在稍作等待后自动重试读取操作。</translation>
    </message>
    <message>
        <source>Alibaba Cloud did not accept the credentials. Check the AccessKey pair and this computer&apos;s clock.</source>
        <translation>阿里云未接受该凭证。请检查 AccessKey ID 与 AccessKey Secret 是否匹配，以及本机时钟是否准确。</translation>
    </message>
    <message>
        <source>The RAM user or role is not allowed to do this. Ask an administrator to grant these RAM actions: %1.</source>
        <translation>该 RAM 用户或角色无权执行此操作。请联系管理员授予以下 RAM 操作（Action）权限：%1。</translation>
    </message>
    <message>
        <source>The RAM user or role is not allowed to do this. Ask an administrator to grant the permission for this operation.</source>
        <translation>该 RAM 用户或角色无权执行此操作。请联系管理员授予此操作所需的权限。</translation>
    </message>
    <message>
        <source>The service rejected the request: %1</source>
        <translation>服务拒绝了该请求：%1</translation>
    </message>
    <message>
        <source>The service failed while handling the request. Try again later.</source>
        <translation>服务在处理请求时出错。请稍后重试。</translation>
    </message>
    <message>
        <source>The service&apos;s answer could not be read; it was not the JSON this API documents.</source>
        <translation>无法读取服务返回的响应：其内容不是该 API 文档所述的 JSON。</translation>
    </message>
    <message>
        <source>No usable credentials are configured.</source>
        <translation>未配置可用的凭证。</translation>
    </message>
    <message numerus="yes">
        <source>No complete answer within %n second(s).</source>
        <translation>
            <numerusform>%n 秒内未收到完整响应。</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer was empty.</source>
        <translation>响应为空。</translation>
    </message>
</context>
<context>
    <name>ferry::cloudapi::PagedFetch</name>
    <message numerus="yes">
        <source>The list did not end after %n pages.</source>
        <translation>
            <numerusform>已获取 %n 页，列表仍未结束。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::cloudapi::Transport</name>
    <message>
        <source>No endpoint for region &quot;%1&quot;.</source>
        <translation>找不到地域“%1”对应的 Endpoint。</translation>
    </message>
    <message>
        <source>Refusing to send credentials over an unencrypted connection to %1; use https.</source>
        <translation>拒绝通过未加密的连接向 %1 发送凭证；请使用 https。</translation>
    </message>
    <message>
        <source>No credentials are configured.</source>
        <translation>未配置凭证。</translation>
    </message>
    <message>
        <source>The system&apos;s secure random generator failed.</source>
        <translation>系统的安全随机数生成器出错。</translation>
    </message>
    <message>
        <source>The request could not be signed (cryptography failed).</source>
        <translation>无法为请求签名（加密运算失败）。</translation>
    </message>
    <message>
        <source>The request path or query is not a valid URL.</source>
        <translation>请求路径或查询参数不是有效的 URL。</translation>
    </message>
</context>
<context>
    <name>ferry::gui::ChartText</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>M/d</source>
        <comment>short date on a time axis</comment>
        <translation>M月d日</translation>
    </message>
</context>
<context>
    <name>ferry::gui::CommandLine</name>
    <message>
        <source>--lang needs a language, for example --lang zh_CN.</source>
        <translation>--lang 需要指定语言，例如 --lang zh_CN。</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;. Available: en, zh_CN.</source>
        <translation>未知语言“%1”。可用：en、zh_CN。</translation>
    </message>
    <message>
        <source>--log-level needs a level: trace, debug, info, warn, error, critical or off.</source>
        <translation>--log-level 需要指定级别：trace、debug、info、warn、error、critical 或 off。</translation>
    </message>
    <message>
        <source>Unknown log level &quot;%1&quot;. Use trace, debug, info, warn, error, critical or off.</source>
        <translation>未知日志级别“%1”。请使用 trace、debug、info、warn、error、critical 或 off。</translation>
    </message>
    <message>
        <source>--profile needs the name of a credential profile.</source>
        <translation>--profile 需要指定凭证配置文件的名称。</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;. Run ferry --help for the options.</source>
        <translation>未知选项“%1”。运行 ferry --help 查看可用选项。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Run ferry --help for usage.</source>
        <translation>无法识别的参数“%1”。运行 ferry --help 查看用法。</translation>
    </message>
    <message>
        <source>Usage: ferry [options]
       ferry mask [IN] [-o OUT] [--indent N | --compact]

Ferry takes you through Alibaba Cloud migrations (MMS, DTS, SMC) and keeps a
record of them. With no credentials configured it runs on a local sandbox.

Options:
  --lang LANG        user interface language: en or zh_CN
  --log-level LEVEL  trace, debug, info, warn, error, critical or off
  --profile NAME     use the Ferry credential profile NAME
  --sandbox          use the local sandbox even when credentials exist
  -h, --help         show this help and exit
  -v, --version      show the version and exit

Commands (no display needed):
  mask               mask secrets in JSON (stdin or IN) the way Ferry does;
                     see ferry mask --help
</source>
        <translation>用法：ferry [选项]
      ferry mask [输入文件] [-o 输出文件] [--indent N | --compact]

Ferry 引导您完成阿里云迁移（MMS、DTS、SMC）并保留完整记录。
未配置凭证时，它在本地沙箱上运行。

选项：
  --lang LANG        界面语言：en 或 zh_CN
  --log-level LEVEL  trace、debug、info、warn、error、critical 或 off
  --profile NAME     使用名为 NAME 的 Ferry 凭证配置
  --sandbox          即使存在凭证也使用本地沙箱
  -h, --help         显示本帮助并退出
  -v, --version      显示版本并退出

命令（无需显示器）：
  mask               按 Ferry 的规则屏蔽 JSON 中的密钥（标准输入或输入文件）；
                     参见 ferry mask --help
</translation>
    </message>
    <message>
        <source>  report             write a plan&apos;s migration report as a PDF;
                     see ferry report --help
</source>
        <translation>  report             将计划的迁移报告写为 PDF；
                     参见 ferry report --help
</translation>
    </message>
</context>
<context>
    <name>ferry::gui::ConnectionSetup</name>
    <message>
        <source>the sandbox</source>
        <translation>沙箱</translation>
    </message>
    <message>
        <source>the sandbox could not start: %1</source>
        <translation>沙箱无法启动：%1</translation>
    </message>
</context>
<context>
    <name>ferry::gui::DashboardPage</name>
    <message>
        <source>No migrations yet</source>
        <translation>还没有迁移任务</translation>
    </message>
    <message>
        <source>&lt;p&gt;Ferry watches every MMS, DTS and SMC migration in your account and region here: status, progress, replication lag and what needs your attention.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What to do next&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;To try Ferry without an account, keep using the &lt;b&gt;sandbox&lt;/b&gt;: a local emulation of the three services with sample data.&lt;/li&gt;&lt;li&gt;To work with your Alibaba Cloud account, set the environment variables &lt;tt&gt;ALIBABA_CLOUD_ACCESS_KEY_ID&lt;/tt&gt; and &lt;tt&gt;ALIBABA_CLOUD_ACCESS_KEY_SECRET&lt;/tt&gt;, or configure the aliyun CLI (&lt;tt&gt;aliyun configure&lt;/tt&gt;), then restart Ferry.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Ferry 在此集中展示您账号和地域中的所有 MMS、DTS 和 SMC 迁移：状态、进度、复制延迟以及需要您关注的事项。&lt;/p&gt;&lt;p&gt;&lt;b&gt;下一步&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;如果想在没有账号的情况下试用 Ferry，请继续使用&lt;b&gt;沙箱&lt;/b&gt;：它在本地模拟这三项服务，并附带示例数据。&lt;/li&gt;&lt;li&gt;如果要使用您的阿里云账号，请设置环境变量 &lt;tt&gt;ALIBABA_CLOUD_ACCESS_KEY_ID&lt;/tt&gt; 和 &lt;tt&gt;ALIBABA_CLOUD_ACCESS_KEY_SECRET&lt;/tt&gt;，或配置 aliyun CLI（&lt;tt&gt;aliyun configure&lt;/tt&gt;），然后重新启动 Ferry。&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Connected to the sandbox at %1. Its data is generated locally and nothing you do here touches a real account.</source>
        <translation>已连接到沙箱 %1。其数据在本地生成，您在此的任何操作都不会影响真实账号。</translation>
    </message>
    <message>
        <source>Connected to Alibaba Cloud, region %1, with credentials from %2.</source>
        <translation>已连接到阿里云，地域 %1，凭证来自 %2。</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>未连接：%1</translation>
    </message>
    <message>
        <source>Checking the identity behind the credentials…</source>
        <translation>正在核实凭证对应的身份…</translation>
    </message>
    <message>
        <source>The credentials were not accepted: %1</source>
        <translation>凭证未被接受：%1</translation>
    </message>
    <message>
        <source>Signed in as %1 (account %2).</source>
        <translation>已以 %1 身份登录（账号 %2）。</translation>
    </message>
</context>
<context>
    <name>ferry::gui::LagChartView</name>
    <message>
        <source>Threshold %1</source>
        <translation>阈值 %1</translation>
    </message>
    <message>
        <source>Go: under %1 for %2</source>
        <translation>可放行：低于 %1 持续 %2</translation>
    </message>
    <message>
        <source>No reading</source>
        <translation>无读数</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Lag (s)</source>
        <translation>延迟（秒）</translation>
    </message>
    <message>
        <source>Lag (min)</source>
        <translation>延迟（分钟）</translation>
    </message>
    <message>
        <source>Lag (h)</source>
        <translation>延迟（小时）</translation>
    </message>
    <message>
        <source>Lag: no reading</source>
        <translation>延迟：无读数</translation>
    </message>
    <message>
        <source>Lag %1</source>
        <translation>延迟 %1</translation>
    </message>
    <message>
        <source>Trend: not enough readings</source>
        <translation>趋势：读数不足</translation>
    </message>
    <message>
        <source>Falling %1 per minute</source>
        <translation>每分钟下降 %1</translation>
    </message>
    <message>
        <source>Rising %1 per minute</source>
        <translation>每分钟上升 %1</translation>
    </message>
    <message>
        <source>Steady</source>
        <translation>平稳</translation>
    </message>
    <message>
        <source>Drain ETA: not enough readings</source>
        <translation>追平时间：读数不足</translation>
    </message>
    <message>
        <source>Caught up (under %1)</source>
        <translation>已追平（低于 %1）</translation>
    </message>
    <message>
        <source>Not converging</source>
        <translation>未收敛</translation>
    </message>
    <message>
        <source>Drains in about %1 (around %2)</source>
        <translation>约 %1 后追平（约 %2）</translation>
    </message>
    <message>
        <source>Gate unknown: no readings yet</source>
        <translation>放行状态未知：尚无读数</translation>
    </message>
    <message>
        <source>Gate unknown: no reading since %1</source>
        <translation>放行状态未知：自 %1 起无读数</translation>
    </message>
    <message>
        <source>Gate unknown: DTS reports no delay since %1</source>
        <translation>放行状态未知：自 %1 起 DTS 未报告延迟</translation>
    </message>
    <message>
        <source>No go: at or over %1 since %2</source>
        <translation>不可放行：自 %2 起达到或超过 %1</translation>
    </message>
    <message>
        <source>No go yet: under %1 since %2, go at %3</source>
        <translation>暂不可放行：自 %2 起低于 %1，将于 %3 放行</translation>
    </message>
    <message>
        <source>Go since %1</source>
        <translation>自 %1 起可放行</translation>
    </message>
    <message>
        <source>no reading</source>
        <translation>无读数</translation>
    </message>
    <message>
        <source>%1: lag %2</source>
        <translation>%1：延迟 %2</translation>
    </message>
</context>
<context>
    <name>ferry::gui::MainWindow</name>
    <message>
        <source>Ferry</source>
        <translation>Ferry</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About Ferry</source>
        <translation>关于 Ferry(&amp;A)</translation>
    </message>
    <message>
        <source>CONNECTING</source>
        <translation>连接中</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>SANDBOX</source>
        <translation>沙箱</translation>
    </message>
    <message>
        <source>Local sandbox at %1</source>
        <translation>本地沙箱 %1</translation>
    </message>
    <message>
        <source>ALIBABA CLOUD</source>
        <translation>阿里云</translation>
    </message>
    <message>
        <source>Region %1 · credentials from %2</source>
        <translation>地域 %1 · 凭证来自 %2</translation>
    </message>
    <message>
        <source>OFFLINE</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>The language changes the next time Ferry starts.</source>
        <translation>语言将在 Ferry 下次启动时切换。</translation>
    </message>
    <message>
        <source>About Ferry</source>
        <translation>关于 Ferry</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ferry %1&lt;/h3&gt;&lt;p&gt;Guided, auditable Alibaba Cloud migrations with MaxCompute Migration Service, Data Transmission Service and Server Migration Center.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ferry %1&lt;/h3&gt;&lt;p&gt;借助 MaxCompute 迁移服务、数据传输服务和服务器迁移中心，引导式、可审计地完成阿里云迁移。&lt;/p&gt;&lt;p&gt;依据 GNU 通用公共许可证第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Logging to a file is off; messages go to the terminal.</source>
        <translation>未启用文件日志；消息输出到终端。</translation>
    </message>
</context>
<context>
    <name>ferry::gui::MmsProgressChartView</name>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Migrating schema</source>
        <translation>结构迁移中</translation>
    </message>
    <message>
        <source>Migrating data</source>
        <translation>数据迁移中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Partitions done</source>
        <translation>已完成分区</translation>
    </message>
    <message>
        <source>Partitions per hour, in steps of %1</source>
        <translation>每小时分区数（按 %1 统计）</translation>
    </message>
    <message>
        <source>Tasks: %1 done, %2 running, %3 waiting, %4 failed</source>
        <translation>任务：%1 已完成，%2 进行中，%3 等待中，%4 失败</translation>
    </message>
    <message>
        <source>Partitions %1 of %2 (%3%)</source>
        <translation>分区 %1 / %2（%3%）</translation>
    </message>
    <message>
        <source>Partitions done: %1</source>
        <translation>已完成分区：%1</translation>
    </message>
    <message>
        <source>Throughput %1 partitions/h</source>
        <translation>吞吐量 %1 分区/小时</translation>
    </message>
    <message>
        <source>Throughput %1 tasks/h</source>
        <translation>吞吐量 %1 任务/小时</translation>
    </message>
    <message>
        <source>ETA: not enough history yet</source>
        <translation>预计完成时间：历史数据不足</translation>
    </message>
    <message>
        <source>Throughput: not enough history</source>
        <translation>吞吐量：历史数据不足</translation>
    </message>
    <message>
        <source>All partitions done</source>
        <translation>所有分区已完成</translation>
    </message>
    <message>
        <source>All tasks done</source>
        <translation>所有任务已完成</translation>
    </message>
    <message>
        <source>Not converging: no progress in the last %1</source>
        <translation>未收敛：最近 %1 无进展</translation>
    </message>
    <message>
        <source>Done in about %1 (%2 to %3), around %4</source>
        <translation>约 %1 后完成（%2 至 %3），约 %4</translation>
    </message>
    <message>
        <source>Done in about %1 (at least %2, no upper bound)</source>
        <translation>约 %1 后完成（至少 %2，无上限）</translation>
    </message>
</context>
<context>
    <name>ferry::gui::Report</name>
    <message>
        <source>No font for Chinese text is installed; install Noto Sans CJK SC (Debian package fonts-noto-cjk) and try again.</source>
        <translation>未安装可显示中文的字体；请安装 Noto Sans CJK SC（Debian 软件包 fonts-noto-cjk）后重试。</translation>
    </message>
    <message>
        <source>The report was not written: page %1 would show text that looks like a secret.</source>
        <translation>报告未写出：第 %1 页将显示疑似密钥的文本。</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>无法开始生成 PDF。</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>无法将报告写入 %1：%2</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>two footer items side by side</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Every fact in this report states its evidence: verified (read from the service, with time), attested (stated by a named person, with date) or assumed (nothing backs it yet).</source>
        <translation>本报告中的每项事实均注明其证据等级：已验证（从服务读取，附时间）、已证实（由具名人员声明，附日期）或假设（尚无依据）。</translation>
    </message>
</context>
<context>
    <name>ferry::gui::ReportCommand</name>
    <message>
        <source>--plan needs the path of a plan file.</source>
        <translation>--plan 需要计划文件的路径。</translation>
    </message>
    <message>
        <source>--out needs the path of the PDF to write.</source>
        <translation>--out 需要待写入 PDF 的路径。</translation>
    </message>
    <message>
        <source>--lang needs a language: en or zh_CN.</source>
        <translation>--lang 需要指定语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot; for --lang. Available: en, zh_CN.</source>
        <translation>--lang 的语言“%1”未知。可用：en、zh_CN。</translation>
    </message>
    <message>
        <source>--paper needs a paper size: a4 or letter.</source>
        <translation>--paper 需要指定纸张尺寸：a4 或 letter。</translation>
    </message>
    <message>
        <source>Unknown paper size &quot;%1&quot; for --paper. Use a4 or letter.</source>
        <translation>--paper 的纸张尺寸“%1”未知。请使用 a4 或 letter。</translation>
    </message>
    <message>
        <source>Unknown argument &quot;%1&quot;. Run ferry report --help for usage.</source>
        <translation>未知参数“%1”。运行 ferry report --help 查看用法。</translation>
    </message>
    <message>
        <source>--plan is required: the plan file to report on.</source>
        <translation>必须指定 --plan：要生成报告的计划文件。</translation>
    </message>
    <message>
        <source>--out is required: the PDF file to write.</source>
        <translation>必须指定 --out：要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>Usage: ferry report --plan PLAN --out OUT [--lang en|zh_CN] [--paper a4|letter]

Writes the migration report of the plan file PLAN as a PDF to OUT: scope and
evidence, tool configuration, cutover sequence with go/no-go criteria,
rollback paths, DTS lag, SMC runs, MMS verification, risks, assumptions and
blockers. Needs no display. Secrets are masked; if any page would still show
one, nothing is written.

Options:
  --plan PLAN     the plan file (.ferryplan.json)
  --out OUT       the PDF to write; replaced only when the report is complete
  --lang LANG     report language: en (default) or zh_CN
  --paper SIZE    a4 (default) or letter
  -h, --help      show this help and exit

Exit status: 0 written, 1 the PDF could not be written, 2 bad arguments or
bad input.
</source>
        <translation>用法：ferry report --plan PLAN --out OUT [--lang en|zh_CN] [--paper a4|letter]

将计划文件 PLAN 的迁移报告以 PDF 格式写入 OUT：范围与证据、工具配置、
含放行标准的切换顺序、回滚路径、DTS 延迟、SMC 运行、MMS 校验、风险、
假设与阻碍。无需显示器。密钥均已脱敏；若任何页面仍会显示密钥，则不写出任何内容。

选项：
  --plan PLAN     计划文件（.ferryplan.json）
  --out OUT       要写入的 PDF；仅在报告完整生成后才替换
  --lang LANG     报告语言：en（默认）或 zh_CN
  --paper SIZE    a4（默认）或 letter
  -h, --help      显示此帮助并退出

退出状态：0 已写出，1 无法写出 PDF，2 参数错误或输入有误。
</translation>
    </message>
    <message>
        <source>Wrote %1 (pages: %2).</source>
        <translation>已写出 %1（共 %2 页）。</translation>
    </message>
</context>
<context>
    <name>ferry::gui::SmcRunsChartView</name>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>定时</translation>
    </message>
    <message>
        <source>Scheduled run</source>
        <translation>定时运行</translation>
    </message>
    <message>
        <source>Manual run</source>
        <translation>手动运行</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Next scheduled run</source>
        <translation>下次定时运行</translation>
    </message>
    <message>
        <source>Scheduled slot (every %1)</source>
        <translation>定时时间点（每 %1）</translation>
    </message>
    <message>
        <source>Scheduled slot</source>
        <translation>定时时间点</translation>
    </message>
    <message>
        <source>Runs every %1</source>
        <translation>每 %1 运行一次</translation>
    </message>
    <message>
        <source>Runs once</source>
        <translation>仅运行一次</translation>
    </message>
    <message>
        <source>Next run %1 (in %2)</source>
        <translation>下次运行 %1（%2 后）</translation>
    </message>
    <message>
        <source>No scheduled run</source>
        <translation>无定时运行</translation>
    </message>
    <message>
        <source>Images kept %1 of %2</source>
        <translation>保留镜像 %1 / %2</translation>
    </message>
    <message>
        <source>Images kept %1</source>
        <translation>保留镜像 %1</translation>
    </message>
    <message>
        <source>No runs yet</source>
        <translation>尚无运行记录</translation>
    </message>
    <message>
        <source>Running for %1</source>
        <translation>已运行 %1</translation>
    </message>
    <message>
        <source>Last run took %1</source>
        <translation>上次运行耗时 %1</translation>
    </message>
    <message>
        <source>%1 since %2, running for %3</source>
        <translation>%1，开始于 %2，已运行 %3</translation>
    </message>
    <message>
        <source>%1 at %2, took %3</source>
        <translation>%1，开始于 %2，耗时 %3</translation>
    </message>
    <message>
        <source>%1; image %2</source>
        <translation>%1；镜像 %2</translation>
    </message>
</context>
<context>
    <name>ferry::model::Estimates</name>
    <message>
        <source>rows ÷ DTS full-load rows per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backlog rows ÷ (apply rate − source change rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max(used bytes ÷ disk read speed, used bytes × 8 ÷ (bandwidth × efficiency)): reading and sending overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disk bytes ÷ disk read speed (comparison) + changed bytes × 8 ÷ (bandwidth × efficiency) (transfer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes ÷ MMS throughput × (1 + verification factor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes × 8 ÷ min(bandwidth × efficiency, workers × worker cap) + objects × per-object overhead ÷ (workers × threads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>objects × seconds per object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes × 8 ÷ (bandwidth × efficiency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the planner&apos;s own estimate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::model::Gates</name>
    <message>
        <source>DTS lag under 5 s, sustained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DTS precheck passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMS tasks all DONE, verification passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMC job Waiting, last incremental run recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication user least-privilege</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback path ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO-GO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>校验通过</translation>
    </message>
    <message>
        <source>Attested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::model::MaskCommand</name>
    <message>
        <source>Usage: ferry mask [IN] [-o OUT] [--indent N | --compact]

Masks secrets in a JSON document: every object entry whose key matches
password|secret|token|access.id|access.key|accessKeyId|accessKeySecret
(case-insensitive, anywhere in the key) or whose value is a string starting
with LTAI gets the value &quot;********&quot;; LTAI strings in arrays are masked too.
Key order, strings and numbers are kept as written.

  IN                 the JSON file to read; standard input when absent or &quot;-&quot;
  -o, --output OUT   write to OUT (replaced atomically) instead of standard output
  --indent N         indent with N spaces, 0 to 7 (0 is compact); default 2
  -c, --compact      write compact JSON (same as --indent 0)
  -h, --help         show this help

Invalid JSON is reported with its line and column and nothing is written.
Exit status: 0 done, 1 input/output error, 2 invalid JSON, 64 wrong usage.
</source>
        <translation>用法：ferry mask [IN] [-o OUT] [--indent N | --compact]

屏蔽 JSON 文档中的密钥等敏感信息：凡是键名匹配
password|secret|token|access.id|access.key|accessKeyId|accessKeySecret
（不区分大小写，可出现在键名的任意位置）的对象条目，或值为以 LTAI 开头
的字符串的条目，其值都会被替换为 &quot;********&quot;；数组中以 LTAI 开头的字符串
也会被屏蔽。
键的顺序、字符串和数字均按原样保留。

  IN                 要读取的 JSON 文件；省略或为 &quot;-&quot; 时读取标准输入
  -o, --output OUT   写入 OUT（以原子方式替换），而不是标准输出
  --indent N         用 N 个空格缩进，取值 0 到 7（0 表示紧凑格式）；默认为 2
  -c, --compact      输出紧凑格式的 JSON（等同于 --indent 0）
  -h, --help         显示本帮助

JSON 无效时会报告出错的行号和列号，且不写入任何内容。
退出状态：0 成功，1 输入/输出错误，2 JSON 无效，64 用法错误。
</translation>
    </message>
    <message>
        <source>only one input file can be given (got &quot;%1&quot; and &quot;%2&quot;)</source>
        <translation>只能指定一个输入文件（收到了“%1”和“%2”）</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>选项 %1 需要一个值</translation>
    </message>
    <message>
        <source>--indent takes a number from 0 to %1, not &quot;%2&quot;</source>
        <translation>--indent 需要 0 到 %1 之间的数字，而不是“%2”</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot; (see ferry mask --help)</source>
        <translation>未知选项“%1”（参见 ferry mask --help）</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>&lt;stdout&gt;: cannot write the output</source>
        <translation>&lt;stdout&gt;：无法写入输出</translation>
    </message>
</context>
<context>
    <name>ferry::model::Observations</name>
    <message>
        <source>Restore tested and verified</source>
        <translation>已完成恢复测试并验证</translation>
    </message>
    <message>
        <source>Restore test failed</source>
        <translation>恢复测试失败</translation>
    </message>
    <message>
        <source>No restore test yet</source>
        <translation>尚未进行恢复测试</translation>
    </message>
</context>
<context>
    <name>ferry::model::OssImport</name>
    <message>
        <source>The job name must be 4 to 128 letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination prefix must not start with &apos;/&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination prefix does not end with &apos;/&apos;: object names will be glued to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the destination OSS bucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the OSS endpoint, for example http://oss-cn-hangzhou-internal.aliyuncs.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OSS endpoint must be an http(s) URL without a bucket, path or credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the source bucket or container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the source endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source endpoint must not carry credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COS needs its region as the source endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COS needs the AppId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An HTTP source needs the list file of URLs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An HTTP source needs the prefix and relative path columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the local directory to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ossimport cannot read HDFS itself: give the local directory where HDFS is mounted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HDFS is imported through a local mount (NFS gateway or FUSE); for large clusters a tool that reads HDFS directly, such as JindoDistCp, fits better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local directory must be an absolute path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local directory must end with &apos;/&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incremental interval must be at least 900 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An incremental interval under 3600 seconds rescans more often than recommended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without an audit after import nothing checks that every object arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without workerRecordMd5 the objects carry no checksum to verify later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A distributed job needs at least one worker; the first is the master.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A worker must be an IP address or host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A distributed job needs the ssh user of the workers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credential setting is written as a placeholder, never with its value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This setting is generated from the plan and cannot be set again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field looks like it holds a secret; Ferry does not write secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid value for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::model::Plan</name>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incremental sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-cutover checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cutover (database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cutover (servers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cutover (DNS/LB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-cutover verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decommission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OSSImport</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::model::Report</name>
    <message>
        <source>Migration report</source>
        <translation>迁移报告</translation>
    </message>
    <message>
        <source>Cutover plan %1</source>
        <translation>切换计划 %1</translation>
    </message>
    <message>
        <source>Cutover plan %1 · scenario %2</source>
        <translation>切换计划 %1 · 场景 %2</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Planned window</source>
        <translation>计划时间窗</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Criteria judged as of</source>
        <translation>标准评估时间</translation>
    </message>
    <message>
        <source>Monitoring data</source>
        <translation>监控数据</translation>
    </message>
    <message>
        <source>Collected %1 from %2</source>
        <translation>于 %1 从 %2 采集</translation>
    </message>
    <message>
        <source>None: this report rests on the plan alone</source>
        <translation>无：本报告仅依据计划</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>%1 verified, %2 attested, %3 assumed</source>
        <translation>已验证 %1 项，已证实 %2 项，假设 %3 项</translation>
    </message>
    <message>
        <source>Next gate &quot;%1&quot;: GO, every mandatory criterion is met.</source>
        <translation>下一个关口“%1”：GO，所有必需标准均已满足。</translation>
    </message>
    <message>
        <source>Next gate &quot;%1&quot;: %2; mandatory criteria not met: %3.</source>
        <translation>下一个关口“%1”：%2；未满足的必需标准：%3 项。</translation>
    </message>
    <message>
        <source>No gate lies ahead in this plan.</source>
        <translation>本计划中没有待通过的关口。</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>生成于 %1</translation>
    </message>
    <message>
        <source>Secrets masked</source>
        <translation>密钥已脱敏</translation>
    </message>
    <message>
        <source>Data Transmission Service (DTS)</source>
        <translation>数据传输服务（DTS）</translation>
    </message>
    <message>
        <source>Server Migration Center (SMC)</source>
        <translation>服务器迁移中心（SMC）</translation>
    </message>
    <message>
        <source>MaxCompute Migration Service (MMS)</source>
        <translation>MaxCompute 迁移服务（MMS）</translation>
    </message>
    <message>
        <source>ossimport (OSSImport)</source>
        <translation>ossimport（OSSImport）</translation>
    </message>
    <message>
        <source>Databases: schema, full load and continuous replication keep the source live until the cutover.</source>
        <translation>数据库：结构迁移、全量迁移与持续复制使源库在切换前保持在线。</translation>
    </message>
    <message>
        <source>Servers: block-level replication with incremental runs shortens the final sync.</source>
        <translation>服务器：块级复制加增量运行，缩短最终同步时间。</translation>
    </message>
    <message>
        <source>Data warehouse: table and partition migration to MaxCompute with row-count verification.</source>
        <translation>数据仓库：以表和分区为单位迁移到 MaxCompute，并校验行数。</translation>
    </message>
    <message>
        <source>Object storage: bulk import to OSS with incremental rescans and an audit.</source>
        <translation>对象存储：批量导入 OSS，支持增量重扫与审计。</translation>
    </message>
    <message>
        <source>No risky setting found.</source>
        <translation>未发现有风险的配置。</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>What is risky</source>
        <translation>风险所在</translation>
    </message>
    <message>
        <source>DTS job %1 (%2)</source>
        <translation>DTS 任务 %1（%2）</translation>
    </message>
    <message>
        <source>The job&apos;s settings were not observed; they are assumed to match the plan.</source>
        <translation>未观测到该任务的配置；假定其与计划一致。</translation>
    </message>
    <message>
        <source>DTS job %1</source>
        <translation>DTS 任务 %1</translation>
    </message>
    <message>
        <source>Settings not observed</source>
        <translation>未观测到配置</translation>
    </message>
    <message>
        <source>Read the job&apos;s configuration with the monitor.</source>
        <translation>通过监控读取该任务的配置。</translation>
    </message>
    <message>
        <source>Job type</source>
        <translation>任务类型</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源端</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目标端</translation>
    </message>
    <message>
        <source>Instance class</source>
        <translation>实例规格</translation>
    </message>
    <message>
        <source>Schema, full, incremental</source>
        <translation>结构、全量、增量</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1、%2、%3</translation>
    </message>
    <message>
        <source>Full / incremental data check</source>
        <translation>全量 / 增量数据校验</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Reverse task</source>
        <translation>反向任务</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Incremental synchronization is off although the plan has an incremental phase: writes made after the full load are not replicated and the cutover needs downtime.</source>
        <translation>计划包含增量阶段，但增量同步已关闭：全量迁移之后的写入不会被复制，切换需要停机。</translation>
    </message>
    <message>
        <source>No reverse task exists yet: after the database cutover, writes on the target cannot flow back to the source.</source>
        <translation>尚无反向任务：数据库切换后，目标端的写入无法回流到源端。</translation>
    </message>
    <message>
        <source>Data checks are off: DTS does not compare source and target rows, so only row counts and smoke tests show data loss.</source>
        <translation>数据校验已关闭：DTS 不比对源端与目标端的数据行，只能依靠行数和冒烟测试发现数据丢失。</translation>
    </message>
    <message>
        <source>The schema is created outside DTS although the plan has a DTS schema phase.</source>
        <translation>计划包含 DTS 结构迁移阶段，但结构在 DTS 之外创建。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Precheck item %1</source>
        <translation>预检查项 %1</translation>
    </message>
    <message>
        <source>SMC job %1 (%2)</source>
        <translation>SMC 任务 %1（%2）</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Runs once</source>
        <translation>仅运行一次</translation>
    </message>
    <message>
        <source>Incremental, every %1 h</source>
        <translation>增量，每 %1 小时</translation>
    </message>
    <message>
        <source>Source server</source>
        <translation>源服务器</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>VPC</source>
        <translation>VPC</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>公网</translation>
    </message>
    <message>
        <source>Images kept</source>
        <translation>保留镜像数</translation>
    </message>
    <message>
        <source>Not limited</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Replication runs over the Internet: throughput varies and the data leaves private networks (encrypted in transit).</source>
        <translation>复制经由公网进行：吞吐量不稳定，且数据离开私有网络（传输中已加密）。</translation>
    </message>
    <message>
        <source>The SMC agent on the source server is offline: no run can start.</source>
        <translation>源服务器上的 SMC 客户端离线：无法启动任何运行。</translation>
    </message>
    <message>
        <source>Only one image is kept: there is no older restore point if the newest is bad.</source>
        <translation>仅保留一个镜像：若最新镜像有问题，没有更早的恢复点。</translation>
    </message>
    <message>
        <source>SMC job %1</source>
        <translation>SMC 任务 %1</translation>
    </message>
    <message>
        <source>The job runs once although the plan has an incremental phase: the final sync copies everything changed since the full run.</source>
        <translation>计划包含增量阶段，但该任务只运行一次：最终同步需要复制自全量运行以来的全部变更。</translation>
    </message>
    <message>
        <source>Runs are %1 h apart: the last run before the cutover may be that old and the final sync correspondingly long.</source>
        <translation>两次运行间隔 %1 小时：切换前的最后一次运行可能已有这么久，最终同步也会相应较长。</translation>
    </message>
    <message>
        <source>Runs that failed in the observed history: %1.</source>
        <translation>观测历史中失败的运行：%1 次。</translation>
    </message>
    <message>
        <source>MMS job %1 (%2)</source>
        <translation>MMS 任务 %1（%2）</translation>
    </message>
    <message>
        <source>MMS job %1</source>
        <translation>MMS 任务 %1</translation>
    </message>
    <message>
        <source>Destination project</source>
        <translation>目标项目</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>Incremental</source>
        <translation>增量</translation>
    </message>
    <message>
        <source>Schema only</source>
        <translation>仅结构</translation>
    </message>
    <message>
        <source>Tunnel quota</source>
        <translation>Tunnel 配额</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>Verification is off: MMS does not compare row counts, so the MMS criterion cannot be verified.</source>
        <translation>校验已关闭：MMS 不比对行数，因此 MMS 标准无法得到验证。</translation>
    </message>
    <message>
        <source>The job migrates the schema only: no data moves.</source>
        <translation>该任务仅迁移结构：不迁移数据。</translation>
    </message>
    <message>
        <source>The shared tunnel quota is used: throughput depends on other users of the project.</source>
        <translation>使用共享 Tunnel 配额：吞吐量取决于项目的其他使用者。</translation>
    </message>
    <message>
        <source>OSSImport job %1</source>
        <translation>OSSImport 任务 %1</translation>
    </message>
    <message>
        <source>Distributed, workers: %1</source>
        <translation>分布式，工作节点：%1</translation>
    </message>
    <message>
        <source>Standalone</source>
        <translation>单机</translation>
    </message>
    <message>
        <source>%1 %2%3</source>
        <translation>%1 %2%3</translation>
    </message>
    <message>
        <source>oss://%1/%2 via %3</source>
        <translation>oss://%1/%2，经由 %3</translation>
    </message>
    <message>
        <source>Incremental rescans</source>
        <translation>增量重扫</translation>
    </message>
    <message>
        <source>Every %1</source>
        <translation>每 %1</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Audit after import</source>
        <translation>导入后审计</translation>
    </message>
    <message>
        <source>Yes (%1)</source>
        <translation>是（%1）</translation>
    </message>
    <message>
        <source>MD5 recorded</source>
        <translation>记录 MD5</translation>
    </message>
    <message>
        <source>Server-side encryption</source>
        <translation>服务端加密</translation>
    </message>
    <message>
        <source>Throughput cap per worker</source>
        <translation>单节点吞吐上限</translation>
    </message>
    <message>
        <source>%1 KB/s</source>
        <translation>%1 KB/s</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>OSSImport is planned, not monitored: these settings come from the plan and are assumed to be what runs.</source>
        <translation>OSSImport 仅有计划、未受监控：这些配置取自计划，假定即为实际运行的配置。</translation>
    </message>
    <message>
        <source>The audit compares sizes only: changed content of equal size goes unnoticed.</source>
        <translation>审计仅比较大小：大小相同但内容变化的对象不会被发现。</translation>
    </message>
    <message>
        <source>Objects that already exist are skipped without comparing them.</source>
        <translation>已存在的对象会被跳过，不做比较。</translation>
    </message>
    <message>
        <source>Objects are stored without server-side encryption.</source>
        <translation>对象存储时未启用服务端加密。</translation>
    </message>
    <message>
        <source>Throughput is not capped: the import can saturate a shared network link.</source>
        <translation>吞吐量未设上限：导入可能占满共享网络链路。</translation>
    </message>
    <message>
        <source>Incremental rescans are off although the plan has an incremental phase: objects changed during the import are missed.</source>
        <translation>计划包含增量阶段，但增量重扫已关闭：导入期间变更的对象会被遗漏。</translation>
    </message>
    <message>
        <source>Tool selection and configuration assessment</source>
        <translation>工具选择与配置评估</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Why this tool</source>
        <translation>选用理由</translation>
    </message>
    <message>
        <source>The plan has no phase on a data service.</source>
        <translation>计划中没有数据服务阶段。</translation>
    </message>
    <message>
        <source>%1 job %2</source>
        <translation>%1 任务 %2</translation>
    </message>
    <message>
        <source>Not observed: configuration and progress unknown</source>
        <translation>未观测：配置和进度未知</translation>
    </message>
    <message>
        <source>Monitor the job and store its observations with the plan.</source>
        <translation>监控该任务，并将观测结果保存到计划中。</translation>
    </message>
    <message>
        <source>%1 to
%2</source>
        <translation>%1 至
%2</translation>
    </message>
    <message>
        <source>GO</source>
        <translation>GO</translation>
    </message>
    <message>
        <source>GO with override</source>
        <translation>GO（越权放行）</translation>
    </message>
    <message>
        <source>NO-GO</source>
        <translation>NO-GO</translation>
    </message>
    <message>
        <source>Gate &quot;%1&quot; before %2</source>
        <translation>关口“%1”，位于 %2 之前</translation>
    </message>
    <message>
        <source>Current state: %1 (judged %2).</source>
        <translation>当前状态：%1（评估于 %2）。</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>必需</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Gate &quot;%1&quot;</source>
        <translation>关口“%1”</translation>
    </message>
    <message>
        <source>Evidence: an observation from the monitor or a person&apos;s attestation.</source>
        <translation>证据：来自监控的观测结果或人员的证实。</translation>
    </message>
    <message>
        <source>An observation or an attestation that confirms it.</source>
        <translation>能证实该假设的观测结果或证实声明。</translation>
    </message>
    <message>
        <source>%1 (optional): nothing backs it</source>
        <translation>%1（可选）：尚无依据</translation>
    </message>
    <message>
        <source>An attestation by the person who checked it.</source>
        <translation>由检查人给出的证实声明。</translation>
    </message>
    <message>
        <source>Cutover sequencing and go/no-go criteria</source>
        <translation>切换顺序与放行标准</translation>
    </message>
    <message>
        <source>Phases in the order their dependencies allow. Planned dates and estimates are the plan&apos;s; actual dates were recorded by the phase owners.</source>
        <translation>按依赖关系允许的顺序列出各阶段。计划日期和估算来自计划；实际日期由阶段负责人记录。</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Planned (UTC)</source>
        <translation>计划（UTC）</translation>
    </message>
    <message>
        <source>Actual (UTC)</source>
        <translation>实际（UTC）</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>估算</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Sequencing checks</source>
        <translation>顺序检查</translation>
    </message>
    <message>
        <source>No sequencing problem: every cutover follows its checks, verified backup and data migration; dates respect the dependencies.</source>
        <translation>无顺序问题：每次切换都在其检查、已验证的备份和数据迁移之后；日期符合依赖关系。</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Sequencing</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>Correct the plan&apos;s order or dates.</source>
        <translation>修正计划的顺序或日期。</translation>
    </message>
    <message>
        <source>The plan defines no go/no-go gate.</source>
        <translation>计划未定义放行关口。</translation>
    </message>
    <message>
        <source>Gates</source>
        <translation>关口</translation>
    </message>
    <message>
        <source>No go/no-go gate is defined</source>
        <translation>未定义放行关口</translation>
    </message>
    <message>
        <source>Add a gate before each cutover.</source>
        <translation>在每次切换前添加一个关口。</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>决策</translation>
    </message>
    <message>
        <source>No go/no-go decision has been recorded yet.</source>
        <translation>尚未记录任何放行决策。</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>决策人与时间</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>关口</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Record digest</source>
        <translation>记录摘要</translation>
    </message>
    <message>
        <source>%1… intact</source>
        <translation>%1… 完整</translation>
    </message>
    <message>
        <source>%1… does not match the record</source>
        <translation>%1… 与记录不符</translation>
    </message>
    <message>
        <source>Rollback path per phase</source>
        <translation>各阶段回滚路径</translation>
    </message>
    <message>
        <source>The first point of no return is &quot;%1&quot;: up to it, every phase can be undone.</source>
        <translation>第一个不可回退点是“%1”：在此之前，每个阶段都可以撤销。</translation>
    </message>
    <message>
        <source>How each phase is undone, in the order of the plan. Steps marked &quot;before the phase&quot; are preparations: until someone attests them, the rollback they enable is assumed.</source>
        <translation>按计划顺序说明如何撤销每个阶段。标注“阶段开始前”的步骤是准备工作：在有人证实之前，它们所支持的回滚只是假设。</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时机</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>已准备</translation>
    </message>
    <message>
        <source>No rollback path is defined for this phase.</source>
        <translation>该阶段未定义回滚路径。</translation>
    </message>
    <message>
        <source>No rollback path</source>
        <translation>无回滚路径</translation>
    </message>
    <message>
        <source>Generate or write the phase&apos;s rollback steps.</source>
        <translation>生成或编写该阶段的回滚步骤。</translation>
    </message>
    <message>
        <source>Before the phase</source>
        <translation>阶段开始前</translation>
    </message>
    <message>
        <source>On rollback</source>
        <translation>回滚时</translation>
    </message>
    <message>
        <source>Irreversible</source>
        <translation>不可逆</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Not attested</source>
        <translation>未证实</translation>
    </message>
    <message>
        <source>Point of no return: %1</source>
        <translation>不可回退点：%1</translation>
    </message>
    <message>
        <source>After the phase</source>
        <translation>阶段结束后</translation>
    </message>
    <message>
        <source>Job state</source>
        <translation>任务状态</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>调度</translation>
    </message>
    <message>
        <source>Every %1 h</source>
        <translation>每 %1 小时</translation>
    </message>
    <message>
        <source>Runs observed</source>
        <translation>观测到的运行</translation>
    </message>
    <message>
        <source>%1: %2 scheduled, %3 manual, %4 failed</source>
        <translation>%1 次：计划 %2 次，手动 %3 次，失败 %4 次</translation>
    </message>
    <message>
        <source>Last run ended</source>
        <translation>最后一次运行结束</translation>
    </message>
    <message>
        <source>Next scheduled run</source>
        <translation>下一次计划运行</translation>
    </message>
    <message>
        <source>%1 of at most %2</source>
        <translation>%1 个，上限 %2 个</translation>
    </message>
    <message>
        <source>No run has been observed for this job.</source>
        <translation>未观测到该任务的任何运行。</translation>
    </message>
    <message>
        <source>Run history of %1</source>
        <translation>%1 的运行历史</translation>
    </message>
    <message>
        <source>Run succeeded</source>
        <translation>运行成功</translation>
    </message>
    <message>
        <source>Run failed</source>
        <translation>运行失败</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <source>No data to draw</source>
        <translation>无可绘制的数据</translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation>开始（UTC）</translation>
    </message>
    <message>
        <source>Ended (UTC)</source>
        <translation>结束（UTC）</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>触发方式</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>子任务</translation>
    </message>
    <message>
        <source>%1 of %2 done, %3 failed</source>
        <translation>%2 个中已完成 %1 个，失败 %3 个</translation>
    </message>
    <message>
        <source>Table verification</source>
        <translation>表校验</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed, %3 not yet verified</source>
        <translation>通过 %1 张，失败 %2 张，尚未校验 %3 张</translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation>分区</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%2 个中已完成 %1 个</translation>
    </message>
    <message>
        <source>Tasks of %1 by phase</source>
        <translation>%1 的子任务（按阶段）</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>结构</translation>
    </message>
    <message>
        <source>Data and verification</source>
        <translation>数据与校验</translation>
    </message>
    <message>
        <source>Partitions done (%, right axis)</source>
        <translation>已完成分区（%，右轴）</translation>
    </message>
    <message>
        <source>No per-table verification result has been observed.</source>
        <translation>未观测到任何逐表校验结果。</translation>
    </message>
    <message>
        <source>No per-table verification results</source>
        <translation>无逐表校验结果</translation>
    </message>
    <message>
        <source>Enable verification and monitor the job&apos;s tasks.</source>
        <translation>启用校验并监控该任务的子任务。</translation>
    </message>
    <message>
        <source>Row counts as MMS verification reported them, observed %1.</source>
        <translation>MMS 校验报告的行数，观测于 %1。</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>子任务</translation>
    </message>
    <message>
        <source>Source rows</source>
        <translation>源端行数</translation>
    </message>
    <message>
        <source>Target rows</source>
        <translation>目标端行数</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>SMC sync history</source>
        <translation>SMC 同步历史</translation>
    </message>
    <message>
        <source>Runs of each SMC replication job: the full replication first, then the incremental runs that keep the image close to the source until the final sync.</source>
        <translation>各 SMC 复制任务的运行：先进行全量复制，之后的增量运行使镜像在最终同步前保持与源端接近。</translation>
    </message>
    <message>
        <source>No SMC job was observed: the run history is unknown.</source>
        <translation>未观测到任何 SMC 任务：运行历史未知。</translation>
    </message>
    <message>
        <source>The plan has no SMC phase.</source>
        <translation>计划中没有 SMC 阶段。</translation>
    </message>
    <message>
        <source>MMS progress and verification</source>
        <translation>MMS 进度与校验</translation>
    </message>
    <message>
        <source>Tasks of each MMS job by phase over time, and the verification of every table: MMS compares the row counts of source and target.</source>
        <translation>各 MMS 任务按阶段划分的子任务随时间的变化，以及每张表的校验：MMS 比对源端与目标端的行数。</translation>
    </message>
    <message>
        <source>No MMS job was observed: progress and verification are unknown.</source>
        <translation>未观测到任何 MMS 任务：进度和校验情况未知。</translation>
    </message>
    <message>
        <source>The plan has no MMS phase.</source>
        <translation>计划中没有 MMS 阶段。</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Lag of DTS job %1</source>
        <translation>DTS 任务 %1 的延迟</translation>
    </message>
    <message>
        <source>Cutover rule</source>
        <translation>切换规则</translation>
    </message>
    <message>
        <source>Lag under %1 for %2 without a gap over %3</source>
        <translation>延迟低于 %1 并持续 %2，采样间隔不超过 %3</translation>
    </message>
    <message>
        <source>Plan criterion</source>
        <translation>计划中的标准</translation>
    </message>
    <message>
        <source>Default rule</source>
        <translation>默认规则</translation>
    </message>
    <message>
        <source>No lag samples were observed for this job: its lag is unknown.</source>
        <translation>未观测到该任务的延迟采样：其延迟未知。</translation>
    </message>
    <message>
        <source>No lag samples</source>
        <translation>无延迟采样</translation>
    </message>
    <message>
        <source>Monitor the job&apos;s lag and store it with the plan.</source>
        <translation>监控该任务的延迟并保存到计划中。</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>观测范围</translation>
    </message>
    <message>
        <source>%1 to %2, %3 samples every %4</source>
        <translation>%1 至 %2，共 %3 个采样，每 %4 一次</translation>
    </message>
    <message>
        <source>%1 to %2, %3 samples</source>
        <translation>%1 至 %2，共 %3 个采样</translation>
    </message>
    <message>
        <source>Time under threshold</source>
        <translation>低于阈值的时间</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%2 中的 %1（%3）</translation>
    </message>
    <message>
        <source>Time at or over threshold</source>
        <translation>达到或超过阈值的时间</translation>
    </message>
    <message>
        <source>%1 (%2 readings)</source>
        <translation>%1（%2 个读数）</translation>
    </message>
    <message>
        <source>Time without readings</source>
        <translation>无读数的时间</translation>
    </message>
    <message>
        <source>Longest stretch under threshold</source>
        <translation>低于阈值的最长连续时间</translation>
    </message>
    <message>
        <source>Maximum lag</source>
        <translation>最大延迟</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%2 时为 %1</translation>
    </message>
    <message>
        <source>Latest lag</source>
        <translation>最新延迟</translation>
    </message>
    <message>
        <source>Replication lag of %1</source>
        <translation>%1 的复制延迟</translation>
    </message>
    <message>
        <source>Replication lag</source>
        <translation>复制延迟</translation>
    </message>
    <message>
        <source>Threshold %1</source>
        <translation>阈值 %1</translation>
    </message>
    <message>
        <source>Under threshold for the whole window</source>
        <translation>整个时间窗内均低于阈值</translation>
    </message>
    <message>
        <source>No readings</source>
        <translation>无读数</translation>
    </message>
    <message>
        <source>Lag (s)</source>
        <translation>延迟（秒）</translation>
    </message>
    <message>
        <source>Backup verification</source>
        <translation>备份验证</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>How it was checked</source>
        <translation>检查方式</translation>
    </message>
    <message>
        <source>No backup verification is recorded: a rollback would rely on a backup nobody has restored.</source>
        <translation>没有备份验证记录：回滚将依赖一个从未恢复过的备份。</translation>
    </message>
    <message>
        <source>No restore test recorded</source>
        <translation>无恢复测试记录</translation>
    </message>
    <message>
        <source>Restore the backup to a scratch instance, check it and attest the result.</source>
        <translation>将备份恢复到临时实例，检查后证实结果。</translation>
    </message>
    <message>
        <source>No restore test observation stored</source>
        <translation>未保存恢复测试的观测结果</translation>
    </message>
    <message>
        <source>Record the restore test in the plan&apos;s observations.</source>
        <translation>将恢复测试记录到计划的观测结果中。</translation>
    </message>
    <message>
        <source>DTS lag monitoring and backup verification</source>
        <translation>DTS 延迟监控与备份验证</translation>
    </message>
    <message>
        <source>Replication lag of each DTS job as the monitor read it. The database cutover needs the lag strictly under the threshold for the whole window; the shaded band marks where that held.</source>
        <translation>监控读取到的各 DTS 任务的复制延迟。数据库切换要求延迟在整个时间窗内严格低于阈值；阴影区域表示满足该条件的时段。</translation>
    </message>
    <message>
        <source>DTS job %1 is named by the lag criterion but was not observed: its lag is unknown.</source>
        <translation>延迟标准引用了 DTS 任务 %1，但未观测到该任务：其延迟未知。</translation>
    </message>
    <message>
        <source>The plan has no DTS phase.</source>
        <translation>计划中没有 DTS 阶段。</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Bandwidth %1 Mbit/s at %2 % efficiency; disk read %3 MB/s; DTS %4 rows/s full load and %5 rows/s apply; MMS %6 MB/s plus %7 % for verification; %8 ossimport worker(s) with %9 threads.</source>
        <translation>带宽 %1 Mbit/s，效率 %2%；磁盘读取 %3 MB/s；DTS 全量 %4 行/秒，增量应用 %5 行/秒；MMS %6 MB/s，校验另加 %7%；%8 个 ossimport 工作节点，每个 %9 个线程。</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>风险登记册</translation>
    </message>
    <message>
        <source>The plan&apos;s risk register is empty.</source>
        <translation>计划的风险登记册为空。</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>缓解措施</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Critical risk without mitigation: %1</source>
        <translation>无缓解措施的严重风险：%1</translation>
    </message>
    <message>
        <source>A mitigation and an owner.</source>
        <translation>缓解措施和负责人。</translation>
    </message>
    <message>
        <source>Risks found in the configuration and monitoring</source>
        <translation>配置与监控中发现的风险</translation>
    </message>
    <message>
        <source>The observed settings and states raise no further risk.</source>
        <translation>观测到的配置和状态未带来其他风险。</translation>
    </message>
    <message>
        <source>Assumptions and blockers</source>
        <translation>假设与阻碍</translation>
    </message>
    <message>
        <source>What prevents stronger conclusions. A blocker keeps a mandatory go/no-go criterion from GO; an assumption is something this report takes on trust.</source>
        <translation>阻碍得出更有力结论的因素。阻碍项会使必需的放行标准无法达到 GO；假设是本报告未经证实而采信的内容。</translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation>阻碍项</translation>
    </message>
    <message>
        <source>Nothing blocks a GO at any gate.</source>
        <translation>没有任何因素阻碍各关口放行。</translation>
    </message>
    <message>
        <source>What blocks</source>
        <translation>阻碍内容</translation>
    </message>
    <message>
        <source>What would resolve it</source>
        <translation>解决方法</translation>
    </message>
    <message>
        <source>Estimates</source>
        <translation>估算</translation>
    </message>
    <message>
        <source>Phases without a duration estimate (%1): %2</source>
        <translation>无工期估算的阶段（%1 个）：%2</translation>
    </message>
    <message>
        <source>Size each phase&apos;s workload, or give a fixed duration.</source>
        <translation>为每个阶段确定工作量，或给出固定工期。</translation>
    </message>
    <message>
        <source>Measure throughput on the real network path and update the plan&apos;s figures.</source>
        <translation>在实际网络路径上测量吞吐量，并更新计划中的数值。</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>假设</translation>
    </message>
    <message>
        <source>What is assumed</source>
        <translation>假设内容</translation>
    </message>
    <message>
        <source>What would make it evidence</source>
        <translation>如何使其成为证据</translation>
    </message>
    <message>
        <source>Scope and evidence level</source>
        <translation>范围与证据等级</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Plan id</source>
        <translation>计划 ID</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>%1 phases, %2 gates, %3 risks</source>
        <translation>%1 个阶段，%2 个关口，%3 项风险</translation>
    </message>
    <message>
        <source>Critical path estimate</source>
        <translation>关键路径估算</translation>
    </message>
    <message>
        <source>Plan last modified</source>
        <translation>计划最后修改时间</translation>
    </message>
    <message>
        <source>%1 DTS, %2 SMC and %3 MMS jobs observed; from %4</source>
        <translation>观测了 %1 个 DTS、%2 个 SMC 和 %3 个 MMS 任务；来源 %4</translation>
    </message>
    <message>
        <source>None: the plan file holds no observations</source>
        <translation>无：计划文件中没有观测结果</translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation>整个计划</translation>
    </message>
    <message>
        <source>No monitoring data is stored with the plan: every live criterion is unknown.</source>
        <translation>计划中未保存监控数据：所有实时标准均未知。</translation>
    </message>
    <message>
        <source>Record observations from the monitor into the plan.</source>
        <translation>将监控的观测结果记录到计划中。</translation>
    </message>
    <message>
        <source>Evidence levels</source>
        <translation>证据等级</translation>
    </message>
    <message>
        <source>Every fact in this report carries the level of evidence behind it. Verified facts were read from the cloud service by the monitor, with the time they were seen. Attested facts were stated by a named person on a date. Assumed facts have nothing behind them yet and are listed in the last section.</source>
        <translation>本报告中的每项事实都注明其证据等级。已验证的事实由监控从云服务读取，并附有观测时间。已证实的事实由具名人员在某一日期声明。假设的事实尚无任何依据，列于最后一节。</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>事实数</translation>
    </message>
    <message>
        <source>Read from the service, with timestamp</source>
        <translation>从服务读取，附时间戳</translation>
    </message>
    <message>
        <source>Stated by a named person, with date and note</source>
        <translation>由具名人员声明，附日期和说明</translation>
    </message>
    <message>
        <source>Nothing backs it yet</source>
        <translation>尚无依据</translation>
    </message>
    <message>
        <source>Every mandatory go/no-go criterion rests on verified data.</source>
        <translation>所有必需的放行标准均基于已验证的数据。</translation>
    </message>
    <message>
        <source>The go/no-go conclusions are at most attested: at least one mandatory criterion rests on a person&apos;s statement rather than observed data.</source>
        <translation>放行结论至多为已证实：至少有一项必需标准依据的是人员声明，而非观测数据。</translation>
    </message>
    <message>
        <source>The go/no-go conclusions are at most assumed: at least one mandatory criterion has no evidence at all. See &quot;Assumptions and blockers&quot;.</source>
        <translation>放行结论至多为假设：至少有一项必需标准完全没有证据。参见“假设与阻碍”。</translation>
    </message>
    <message>
        <source>Readiness at a glance</source>
        <translation>就绪情况概览</translation>
    </message>
    <message>
        <source>Before phase</source>
        <translation>所在阶段之前</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Verified %1</source>
        <translation>已验证 %1</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>Attested by %1, %2</source>
        <translation>由 %1 证实，%2</translation>
    </message>
    <message>
        <source>Attested by %1</source>
        <translation>由 %1 证实</translation>
    </message>
    <message>
        <source>Attested %1</source>
        <translation>已证实 %1</translation>
    </message>
    <message>
        <source>Attested</source>
        <translation>已证实</translation>
    </message>
    <message>
        <source>Assumed</source>
        <translation>假设</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分钟 %2 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Attested as holding: %1</source>
        <translation>证实成立：%1</translation>
    </message>
    <message>
        <source>Attested as NOT holding: %1</source>
        <translation>证实不成立：%1</translation>
    </message>
    <message>
        <source>Nobody has attested it yet.</source>
        <translation>尚无人证实。</translation>
    </message>
    <message>
        <source>The last observation (%1) is older than %2.</source>
        <translation>最近一次观测（%1）早于 %2 之前。</translation>
    </message>
    <message>
        <source>Precheck %1: %2 items, none failed.</source>
        <translation>预检查%1：共 %2 项，无失败项。</translation>
    </message>
    <message>
        <source>Warnings: %1.</source>
        <translation>警告：%1。</translation>
    </message>
    <message>
        <source>Precheck items failed: %1.</source>
        <translation>预检查失败项：%1。</translation>
    </message>
    <message>
        <source>The precheck failed (%1).</source>
        <translation>预检查失败（%1）。</translation>
    </message>
    <message>
        <source>The precheck has not finished (state %1).</source>
        <translation>预检查尚未完成（状态 %1）。</translation>
    </message>
    <message>
        <source>Unknown precheck state %1.</source>
        <translation>未知的预检查状态 %1。</translation>
    </message>
    <message>
        <source>Not observed: no monitoring data in the plan.</source>
        <translation>未观测：计划中没有监控数据。</translation>
    </message>
    <message>
        <source>The MMS job has no tasks.</source>
        <translation>该 MMS 任务没有子任务。</translation>
    </message>
    <message>
        <source>%1 of %2 tasks failed.</source>
        <translation>%2 个子任务中有 %1 个失败。</translation>
    </message>
    <message>
        <source>%1 of %2 tasks done.</source>
        <translation>%2 个子任务中已完成 %1 个。</translation>
    </message>
    <message>
        <source>Verification failed for: %1.</source>
        <translation>校验失败：%1。</translation>
    </message>
    <message>
        <source>No per-table verification result was reported.</source>
        <translation>未报告逐表校验结果。</translation>
    </message>
    <message>
        <source>No verification result yet for: %1.</source>
        <translation>尚无校验结果：%1。</translation>
    </message>
    <message>
        <source>All %1 tasks done; %2 tables verified.</source>
        <translation>全部 %1 个子任务已完成；%2 张表已校验。</translation>
    </message>
    <message>
        <source>The job runs once: there are no incremental runs.</source>
        <translation>该任务只运行一次：没有增量运行。</translation>
    </message>
    <message>
        <source>The job is %1, not Waiting.</source>
        <translation>该任务处于 %1 状态，而非 Waiting。</translation>
    </message>
    <message>
        <source>No incremental run has finished yet.</source>
        <translation>尚无已完成的增量运行。</translation>
    </message>
    <message>
        <source>Waiting; the last run ended %1 ago (at %2; allowed: %3).</source>
        <translation>Waiting；最后一次运行结束于 %1 前（%2；允许：%3）。</translation>
    </message>
    <message>
        <source>The last run ended %1 ago (at %2), more than the allowed %3.</source>
        <translation>最后一次运行结束于 %1 前（%2），超过允许的 %3。</translation>
    </message>
    <message>
        <source>The precheck flagged privileges: %1.</source>
        <translation>预检查标记了权限问题：%1。</translation>
    </message>
    <message>
        <source>A clean precheck cannot prove least privilege, and nobody has attested it.</source>
        <translation>预检查通过并不能证明权限最小化，且尚无人证实。</translation>
    </message>
    <message>
        <source>No rollback path for: %1.</source>
        <translation>缺少回滚路径：%1。</translation>
    </message>
    <message>
        <source>Preparation steps not attested: %1.</source>
        <translation>未证实的准备步骤：%1。</translation>
    </message>
    <message>
        <source>The rollback path has no preparation step that could be attested.</source>
        <translation>回滚路径中没有可供证实的准备步骤。</translation>
    </message>
    <message>
        <source>All %1 preparation steps attested by %2.</source>
        <translation>全部 %1 个准备步骤已由 %2 证实。</translation>
    </message>
    <message>
        <source>No lag samples.</source>
        <translation>无延迟采样。</translation>
    </message>
    <message>
        <source>The samples stop before the end of the window; the latest is from %1.</source>
        <translation>采样在时间窗结束前中断；最近一次采样于 %1。</translation>
    </message>
    <message>
        <source>Lag reached %1 (threshold %2), last at %3; GO possible from %4 if it stays under.</source>
        <translation>延迟曾达 %1（阈值 %2），最后一次超限于 %3；若之后保持低于阈值，最早可于 %4 放行。</translation>
    </message>
    <message>
        <source>A negative lag sample makes the series unreliable.</source>
        <translation>存在负的延迟采样，该序列不可信。</translation>
    </message>
    <message>
        <source>The samples leave a gap of %1 in the window (allowed: %2 s).</source>
        <translation>采样在时间窗内有 %1 的间隔（允许：%2 秒）。</translation>
    </message>
    <message>
        <source>%1 samples from %2 to %3, all under %4 (maximum %5).</source>
        <translation>%2 至 %3 的 %1 个采样均低于 %4（最大 %5）。</translation>
    </message>
    <message>
        <source>Assumption: %1</source>
        <translation>假设：%1</translation>
    </message>
</context>
<context>
    <name>ferry::model::Rollback</name>
    <message>
        <source>Nothing to roll back: the assessment changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the verified backup and its restore procedure until decommission is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the objects DTS created in the target database; the source is untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the tables MMS created in the MaxCompute project; the source warehouse is untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the objects created in the target; the source is untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the DTS task and truncate the target tables; the source database is untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the target partitions the MMS job wrote and re-run its tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the SMC replication job and delete the images it created; the source servers keep running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the ossimport job; delete the objects under the destination prefix if a clean restart is needed. The source bucket is untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the copy and clean the target; the source is untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend the DTS task; the source database keeps serving writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the incremental schedule; the source servers keep running and serving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the re-migrated target partitions and re-run those tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the incremental rescans; the source bucket is untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the synchronisation; the source keeps serving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to roll back: checks change nothing. A failed check stops the cutover here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before cutover: create and precheck the DTS reverse task (target to source) so writes made after cutover can flow back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At cutover: set the source database read-only; do not delete or drop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To roll back: stop writes on the target, start the reverse task, wait until its lag is under 5 s, make the source writable and point the applications back at it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before cutover: keep the SMC source servers running until the new instances pass verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;complete incremental synchronization&quot; (CutOverReplicationJob) only after the target instances verify: it is final, the replication job cannot be resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To roll back: keep traffic on the source servers and release the new instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ahead of time: lower the DNS TTL (for example to 60 s) at least one old TTL before cutover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before cutover: record the current DNS records and load balancer backends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To roll back: point DNS and the load balancers back at the recorded source endpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If verification fails: roll back the cutovers in reverse order, DNS/LB first, database last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until the window closes: keep the source read-only, the reverse task running and the source servers available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the window closes the cutover becomes permanent: release the reverse task only then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before deleting anything: take a final backup of each source and keep it for the retention period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rollback after this phase: the sources are deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CutOverReplicationJob is final: the replication job cannot be resumed, only the source servers remain as a way back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the rollback window the DNS/LB cutover is permanent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decommission deletes the sources: nothing can be rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::model::Sequencing</name>
    <message>
        <source>Phase id %1 is used more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase %1 depends on itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase %1 depends on %2, which is not a phase of this plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases %1 depend on each other in a cycle; none of them can start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate %1 guards phase %2, which is not a phase of this plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cutover %1 does not come after any pre-cutover checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database cutover %1 does not come after a backup verification: without a tested restore there is no way back from a bad cutover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cutover %1 does not come after %2, the %3 data migration it switches to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS/LB cutover %1 does not come after cutover %2: the database and servers are switched first, DNS/LB last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS/LB cutover %1 does not come after %2 (%3): traffic would move before the data has been migrated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS/LB cutover %1 comes after %2 (%3) but no pre-cutover check verifies that migration in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cutover %1 has no go/no-go gate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cutover %1 has no rollback path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decommission %1 does not come after a rollback window: the sources would be gone while a rollback may still be needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decommission %1 is planned to start at %3, before rollback window %2 ends at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase %1 is planned to end (%3) before it starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase %1 is planned to start at %3, before its dependency %2 ends at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase %1 started at %3, before its dependency %2 ended at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase %1 has started but its dependency %2 has not ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase %1 has no owner.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::model::SeriesStoreError</name>
    <message>
        <source>A lag history cannot be kept for this job: its id is empty or too long.</source>
        <translation>无法为此任务保存延迟历史：任务 ID 为空或过长。</translation>
    </message>
    <message>
        <source>Could not read or write the lag history file %1: %2</source>
        <translation>无法读写延迟历史文件 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 is not a lag history Ferry can read: its header is damaged. It was left unchanged; set it aside to start a new history.</source>
        <translation>文件 %1 不是 Ferry 可读取的延迟历史：其文件头已损坏。文件未做改动；将其移到一旁即可开始新的历史记录。</translation>
    </message>
    <message>
        <source>The lag history file %1 was written by a newer version of Ferry. It was left unchanged.</source>
        <translation>延迟历史文件 %1 由较新版本的 Ferry 写入。文件未做改动。</translation>
    </message>
    <message>
        <source>The lag history file %1 belongs to another job. It was left unchanged.</source>
        <translation>延迟历史文件 %1 属于另一个任务。文件未做改动。</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>无法创建该文件夹</translation>
    </message>
</context>
<context>
    <name>ferry::model::Status</name>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>未知（%1）</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未启动</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>整库</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>多表</translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation>多分区</translation>
    </message>
    <message>
        <source>Migrating schema</source>
        <translation>结构迁移中</translation>
    </message>
    <message>
        <source>Schema migrated</source>
        <translation>结构已迁移</translation>
    </message>
    <message>
        <source>Schema migration failed</source>
        <translation>结构迁移失败</translation>
    </message>
    <message>
        <source>Migrating data</source>
        <translation>数据迁移中</translation>
    </message>
    <message>
        <source>Data migrated</source>
        <translation>数据已迁移</translation>
    </message>
    <message>
        <source>Data migration failed</source>
        <translation>数据迁移失败</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>校验中</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>校验通过</translation>
    </message>
    <message>
        <source>Verification failed</source>
        <translation>校验失败</translation>
    </message>
    <message>
        <source>Not migrated</source>
        <translation>未迁移</translation>
    </message>
    <message>
        <source>Migrating</source>
        <translation>迁移中</translation>
    </message>
    <message>
        <source>Migrated</source>
        <translation>已迁移</translation>
    </message>
    <message>
        <source>Partly migrated</source>
        <translation>部分已迁移</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>启动中</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>已启动</translation>
    </message>
    <message>
        <source>Start failed</source>
        <translation>启动失败</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>停止中</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Stop failed</source>
        <translation>停止失败</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>扫描中</translation>
    </message>
    <message>
        <source>Scan completed</source>
        <translation>扫描完成</translation>
    </message>
    <message>
        <source>Scan failed</source>
        <translation>扫描失败</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>数据迁移</translation>
    </message>
    <message>
        <source>Synchronization</source>
        <translation>数据同步</translation>
    </message>
    <message>
        <source>Change tracking</source>
        <translation>数据订阅</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>未配置</translation>
    </message>
    <message>
        <source>Prechecking</source>
        <translation>预检查中</translation>
    </message>
    <message>
        <source>Precheck failed</source>
        <translation>预检查失败</translation>
    </message>
    <message>
        <source>Precheck passed</source>
        <translation>预检查通过</translation>
    </message>
    <message>
        <source>Migration failed</source>
        <translation>迁移失败</translation>
    </message>
    <message>
        <source>Initializing</source>
        <translation>初始化中</translation>
    </message>
    <message>
        <source>Initialization failed</source>
        <translation>初始化失败</translation>
    </message>
    <message>
        <source>Synchronizing</source>
        <translation>同步中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Modifying objects</source>
        <translation>修改对象中</translation>
    </message>
    <message>
        <source>Modification failed</source>
        <translation>修改失败</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>重试中</translation>
    </message>
    <message>
        <source>Upgrading</source>
        <translation>升级中</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Downgrading</source>
        <translation>降级中</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Abnormal</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>检查中</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Caught up</source>
        <translation>已追平</translation>
    </message>
    <message>
        <source>Inconsistent</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>出错</translation>
    </message>
    <message>
        <source>Waiting for next run</source>
        <translation>等待下次运行</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>删除中</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>准备中</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>同步中</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Cleaning up</source>
        <translation>清理中</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>定时</translation>
    </message>
</context>
</TS>
