<?xml version='1.0' encoding='utf-8'?>
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
        <source>Alibaba Cloud could not verify the request signature. Check that the AccessKey secret belongs to this AccessKey ID and was copied completely, that this computer's clock is correct, and that no proxy between Ferry and Alibaba Cloud rewrites requests.</source>
        <translation>阿里云无法验证请求签名。请检查：AccessKey Secret 是否属于此 AccessKey ID 且已完整复制，本机时钟是否准确，以及 Ferry 与阿里云之间是否有代理改写了请求。</translation>
    </message>
    <message>
        <source>Alibaba Cloud does not know this AccessKey ID, or it is disabled. Check the AccessKey ID for typing mistakes, and that it has not been deleted or disabled in the RAM console.</source>
        <translation>阿里云无法识别此 AccessKey ID，或该 AccessKey 已被禁用。请检查 AccessKey ID 是否输入有误，并确认它未在 RAM 控制台中被删除或禁用。</translation>
    </message>
    <message>
        <source>The request time differs too much from Alibaba Cloud's clock (more than 15 minutes). Synchronize this computer's clock, for example by enabling automatic time (NTP), then try again.</source>
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
        <source>Alibaba Cloud did not accept the credentials. Check the AccessKey pair and this computer's clock.</source>
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
        <source>The service's answer could not be read; it was not the JSON this API documents.</source>
        <translation>无法读取服务返回的响应：其内容不是该 API 文档所述的 JSON。</translation>
    </message>
    <message>
        <source>No usable credentials are configured.</source>
        <translation>未配置可用的凭证。</translation>
    </message>
    <message numerus="yes">
        <source>No complete answer within %n second(s).</source>
        <translation><numerusform>%n 秒内未收到完整响应。</numerusform></translation>
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
        <translation><numerusform>已获取 %n 页，列表仍未结束。</numerusform></translation>
    </message>
</context>
<context>
    <name>ferry::cloudapi::Transport</name>
    <message>
        <source>No endpoint for region "%1".</source>
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
        <source>The system's secure random generator failed.</source>
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
        <source>Unknown language "%1". Available: en, zh_CN.</source>
        <translation>未知语言“%1”。可用：en、zh_CN。</translation>
    </message>
    <message>
        <source>--log-level needs a level: trace, debug, info, warn, error, critical or off.</source>
        <translation>--log-level 需要指定级别：trace、debug、info、warn、error、critical 或 off。</translation>
    </message>
    <message>
        <source>Unknown log level "%1". Use trace, debug, info, warn, error, critical or off.</source>
        <translation>未知日志级别“%1”。请使用 trace、debug、info、warn、error、critical 或 off。</translation>
    </message>
    <message>
        <source>--profile needs the name of a credential profile.</source>
        <translation>--profile 需要指定凭证配置文件的名称。</translation>
    </message>
    <message>
        <source>Unknown option "%1". Run ferry --help for the options.</source>
        <translation>未知选项“%1”。运行 ferry --help 查看可用选项。</translation>
    </message>
    <message>
        <source>Unexpected argument "%1". Run ferry --help for usage.</source>
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>backlog rows ÷ (apply rate − source change rate)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>max(used bytes ÷ disk read speed, used bytes × 8 ÷ (bandwidth × efficiency)): reading and sending overlap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>disk bytes ÷ disk read speed (comparison) + changed bytes × 8 ÷ (bandwidth × efficiency) (transfer)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bytes ÷ MMS throughput × (1 + verification factor)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bytes × 8 ÷ min(bandwidth × efficiency, workers × worker cap) + objects × per-object overhead ÷ (workers × threads)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>objects × seconds per object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bytes × 8 ÷ (bandwidth × efficiency)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the planner's own estimate</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ferry::model::Gates</name>
    <message>
        <source>DTS lag under 5 s, sustained</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DTS precheck passed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MMS tasks all DONE, verification passed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SMC job Waiting, last incremental run recent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replication user least-privilege</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rollback path ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Manual check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GO</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NO-GO</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assumed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ferry::model::MaskCommand</name>
    <message>
        <source>Usage: ferry mask [IN] [-o OUT] [--indent N | --compact]

Masks secrets in a JSON document: every object entry whose key matches
password|secret|token|access.id|access.key|accessKeyId|accessKeySecret
(case-insensitive, anywhere in the key) or whose value is a string starting
with LTAI gets the value "********"; LTAI strings in arrays are masked too.
Key order, strings and numbers are kept as written.

  IN                 the JSON file to read; standard input when absent or "-"
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
的字符串的条目，其值都会被替换为 "********"；数组中以 LTAI 开头的字符串
也会被屏蔽。
键的顺序、字符串和数字均按原样保留。

  IN                 要读取的 JSON 文件；省略或为 "-" 时读取标准输入
  -o, --output OUT   写入 OUT（以原子方式替换），而不是标准输出
  --indent N         用 N 个空格缩进，取值 0 到 7（0 表示紧凑格式）；默认为 2
  -c, --compact      输出紧凑格式的 JSON（等同于 --indent 0）
  -h, --help         显示本帮助

JSON 无效时会报告出错的行号和列号，且不写入任何内容。
退出状态：0 成功，1 输入/输出错误，2 JSON 无效，64 用法错误。
</translation>
    </message>
    <message>
        <source>only one input file can be given (got "%1" and "%2")</source>
        <translation>只能指定一个输入文件（收到了“%1”和“%2”）</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>选项 %1 需要一个值</translation>
    </message>
    <message>
        <source>--indent takes a number from 0 to %1, not "%2"</source>
        <translation>--indent 需要 0 到 %1 之间的数字，而不是“%2”</translation>
    </message>
    <message>
        <source>unknown option "%1" (see ferry mask --help)</source>
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
    <name>ferry::model::OssImport</name>
    <message>
        <source>The job name must be 4 to 128 letters, digits, '_' or '-'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The destination prefix must not start with '/'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The destination prefix does not end with '/': object names will be glued to it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name the destination OSS bucket.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the OSS endpoint, for example http://oss-cn-hangzhou-internal.aliyuncs.com.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The OSS endpoint must be an http(s) URL without a bucket, path or credentials.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name the source bucket or container.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the source endpoint.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The source endpoint must not carry credentials.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>COS needs its region as the source endpoint.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>COS needs the AppId.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An HTTP source needs the list file of URLs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An HTTP source needs the prefix and relative path columns.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the local directory to import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ossimport cannot read HDFS itself: give the local directory where HDFS is mounted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HDFS is imported through a local mount (NFS gateway or FUSE); for large clusters a tool that reads HDFS directly, such as JindoDistCp, fits better.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The local directory must be an absolute path.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The local directory must end with '/'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The incremental interval must be at least 900 seconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An incremental interval under 3600 seconds rescans more often than recommended.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Without an audit after import nothing checks that every object arrived.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Without workerRecordMd5 the objects carry no checksum to verify later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A distributed job needs at least one worker; the first is the master.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A worker must be an IP address or host name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A distributed job needs the ssh user of the workers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A credential setting is written as a placeholder, never with its value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This setting is generated from the plan and cannot be set again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This field looks like it holds a secret; Ferry does not write secrets.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid value for %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ferry::model::Plan</name>
    <message>
        <source>Assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup verification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schema migration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Full migration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incremental sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pre-cutover checks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cutover (database)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cutover (servers)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cutover (DNS/LB)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Post-cutover verification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rollback window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decommission</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DTS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SMC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MMS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OSSImport</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ferry::model::Rollback</name>
    <message>
        <source>Nothing to roll back: the assessment changes nothing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep the verified backup and its restore procedure until decommission is complete.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drop the objects DTS created in the target database; the source is untouched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drop the tables MMS created in the MaxCompute project; the source warehouse is untouched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drop the objects created in the target; the source is untouched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop the DTS task and truncate the target tables; the source database is untouched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drop the target partitions the MMS job wrote and re-run its tasks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop the SMC replication job and delete the images it created; the source servers keep running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop the ossimport job; delete the objects under the destination prefix if a clean restart is needed. The source bucket is untouched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop the copy and clean the target; the source is untouched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suspend the DTS task; the source database keeps serving writes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop the incremental schedule; the source servers keep running and serving.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drop the re-migrated target partitions and re-run those tasks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop the incremental rescans; the source bucket is untouched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop the synchronisation; the source keeps serving.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to roll back: checks change nothing. A failed check stops the cutover here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Before cutover: create and precheck the DTS reverse task (target to source) so writes made after cutover can flow back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At cutover: set the source database read-only; do not delete or drop it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To roll back: stop writes on the target, start the reverse task, wait until its lag is under 5 s, make the source writable and point the applications back at it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Before cutover: keep the SMC source servers running until the new instances pass verification.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run "complete incremental synchronization" (CutOverReplicationJob) only after the target instances verify: it is final, the replication job cannot be resumed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To roll back: keep traffic on the source servers and release the new instances.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ahead of time: lower the DNS TTL (for example to 60 s) at least one old TTL before cutover.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Before cutover: record the current DNS records and load balancer backends.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To roll back: point DNS and the load balancers back at the recorded source endpoints.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If verification fails: roll back the cutovers in reverse order, DNS/LB first, database last.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Until the window closes: keep the source read-only, the reverse task running and the source servers available.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When the window closes the cutover becomes permanent: release the reverse task only then.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Before deleting anything: take a final backup of each source and keep it for the retention period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No rollback after this phase: the sources are deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CutOverReplicationJob is final: the replication job cannot be resumed, only the source servers remain as a way back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After the rollback window the DNS/LB cutover is permanent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decommission deletes the sources: nothing can be rolled back.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ferry::model::Sequencing</name>
    <message>
        <source>Phase id %1 is used more than once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phase %1 depends on itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phase %1 depends on %2, which is not a phase of this plan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phases %1 depend on each other in a cycle; none of them can start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gate %1 guards phase %2, which is not a phase of this plan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cutover %1 does not come after any pre-cutover checks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database cutover %1 does not come after a backup verification: without a tested restore there is no way back from a bad cutover.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cutover %1 does not come after %2, the %3 data migration it switches to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DNS/LB cutover %1 does not come after cutover %2: the database and servers are switched first, DNS/LB last.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DNS/LB cutover %1 does not come after %2 (%3): traffic would move before the data has been migrated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DNS/LB cutover %1 comes after %2 (%3) but no pre-cutover check verifies that migration in between.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cutover %1 has no go/no-go gate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cutover %1 has no rollback path.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decommission %1 does not come after a rollback window: the sources would be gone while a rollback may still be needed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decommission %1 is planned to start at %3, before rollback window %2 ends at %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phase %1 is planned to end (%3) before it starts (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phase %1 is planned to start at %3, before its dependency %2 ends at %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phase %1 started at %3, before its dependency %2 ended at %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phase %1 has started but its dependency %2 has not ended.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phase %1 has no owner.</source>
        <translation type="unfinished" />
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