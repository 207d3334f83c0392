<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ferry::cloudapi</name>
    <message>
        <source>Network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throttled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba Cloud could not verify the request signature. Check that the AccessKey secret belongs to this AccessKey ID and was copied completely, that this computer&apos;s clock is correct, and that no proxy between Ferry and Alibaba Cloud rewrites requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba Cloud does not know this AccessKey ID, or it is disabled. Check the AccessKey ID for typing mistakes, and that it has not been deleted or disabled in the RAM console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request time differs too much from Alibaba Cloud&apos;s clock (more than 15 minutes). Synchronize this computer&apos;s clock, for example by enabling automatic time (NTP), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba Cloud saw this request twice and rejected the repeat. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The temporary (STS) credentials are expired or invalid. Obtain new temporary credentials, or use a profile that renews them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba Cloud rejected the request because too many requests were sent in a short time. Ferry retries reads automatically after a pause; if this keeps happening, wait a minute or poll less often.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is temporarily unavailable. Ferry retries reads automatically; try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service failed with an internal error that is not caused by your request. Try again later; if it persists, contact Alibaba Cloud support with the request ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferry could not reach the service (%1). Check the network connection, proxy settings and firewall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service did not answer in time. The network may be slow or the service busy; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests were sent in a short time. Ferry retries reads automatically after a pause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba Cloud did not accept the credentials. Check the AccessKey pair and this computer&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RAM user or role is not allowed to do this. Ask an administrator to grant these RAM actions: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RAM user or role is not allowed to do this. Ask an administrator to grant the permission for this operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service rejected the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service failed while handling the request. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s answer could not be read; it was not the JSON this API documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable credentials are configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complete answer within %n second(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::cloudapi::ApiError</name>
    <message>
        <source>The request may have reached the service, so the change may already have been made. Check the current state before repeating it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::cloudapi::PagedFetch</name>
    <message numerus="yes">
        <source>The list did not end after %n pages.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::cloudapi::Transport</name>
    <message>
        <source>No endpoint for region &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to send credentials over an unencrypted connection to %1; use https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials are configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s secure random generator failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request could not be signed (cryptography failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request path or query is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::gui::ActionGate</name>
    <message>
        <source>Select %1 first.</source>
        <translation>请先选择%1。</translation>
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
</context>
<context>
    <name>ferry::gui::ConfirmActionDialog</name>
    <message>
        <source>Confirm: %1</source>
        <translation>确认：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Exactly what will be sent:</source>
        <translation>将要发送的请求（原样）：</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Sent in</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>query</source>
        <translation>查询参数</translation>
    </message>
    <message>
        <source>form body</source>
        <translation>表单正文</translation>
    </message>
    <message>
        <source>JSON body</source>
        <translation>JSON 正文</translation>
    </message>
    <message>
        <source>The request carries no parameters.</source>
        <translation>该请求不带任何参数。</translation>
    </message>
    <message>
        <source>&amp;Copy parameters</source>
        <translation>复制参数(&amp;C)</translation>
    </message>
    <message>
        <source>This cannot be undone. Type %1 to confirm:</source>
        <translation>此操作无法撤销。请输入 %1 以确认：</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>输入 %1 以确认</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>%1 %2 · action %3, version %4</source>
        <translation>%1 %2 · 操作 %3，版本 %4</translation>
    </message>
</context>
<context>
    <name>ferry::gui::ConnectionSetup</name>
    <message>
        <source>the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::gui::CopyableTable</name>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;all</source>
        <translation>全部复制(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ferry::gui::CopyableText</name>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials were not accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (account %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::gui::DtsPrerequisitesView</name>
    <message>
        <source>&amp;Replication account: run SHOW GRANTS FOR &apos;account&apos;@&apos;host&apos;; on the source and paste the output. DTS needs REPLICATION SLAVE and REPLICATION CLIENT on *.*; Ferry flags anything more.</source>
        <translation>复制账号(&amp;R)：在源库执行 SHOW GRANTS FOR &apos;account&apos;@&apos;host&apos;; 并粘贴输出。DTS 需要 *.* 上的 REPLICATION SLAVE 和 REPLICATION CLIENT；多出的权限 Ferry 都会标出。</translation>
    </message>
    <message>
        <source>SHOW GRANTS output</source>
        <translation>SHOW GRANTS 输出</translation>
    </message>
    <message>
        <source>A password in the pasted text was masked.</source>
        <translation>粘贴内容中的密码已被遮盖。</translation>
    </message>
    <message>
        <source>Findings about the replication account</source>
        <translation>复制账号的检查结果</translation>
    </message>
    <message>
        <source>&amp;Binary log settings: run this statement on the source and paste the output.</source>
        <translation>二进制日志设置(&amp;B)：在源库执行以下语句并粘贴输出。</translation>
    </message>
    <message>
        <source>Copy &amp;statement</source>
        <translation>复制语句(&amp;S)</translation>
    </message>
    <message>
        <source>SHOW VARIABLES output</source>
        <translation>SHOW VARIABLES 输出</translation>
    </message>
    <message>
        <source>DTS copies the existing data first (&amp;full load)</source>
        <translation>DTS 先复制已有数据（全量迁移）(&amp;F)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>%1 holds exactly what replication needs.</source>
        <translation>%1 恰好具有复制所需的权限。</translation>
    </message>
</context>
<context>
    <name>ferry::gui::JobOrTaskDialog</name>
    <message>
        <source>id %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Job or task?</source>
        <translation>作业还是任务？</translation>
    </message>
    <message>
        <source>“%1” names both a migration job and a task. An action on the job reaches every one of its tasks; an action on the task reaches that task only. Which do you mean?</source>
        <translation>“%1”既是一个迁移作业的名称，也是一个任务的名称。对作业的操作会作用于它的所有任务；对任务的操作只作用于该任务。您指的是哪一个？</translation>
    </message>
    <message>
        <source>The &amp;job “%1” (%2)</source>
        <translation>作业“%1”（%2）(&amp;J)</translation>
    </message>
    <message>
        <source>The &amp;task of table “%1” (%2)</source>
        <translation>表“%1”的任务（%2）(&amp;T)</translation>
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
    <name>ferry::gui::MaskedConfigView</name>
    <message>
        <source>Basic</source>
        <translation>基本</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>MaxCompute</source>
        <translation>MaxCompute</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>配置项</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Data source configuration</source>
        <translation>数据源配置</translation>
    </message>
    <message>
        <source>Secret: shown masked and copied masked.</source>
        <translation>机密信息：显示和复制时均已遮盖。</translation>
    </message>
</context>
<context>
    <name>ferry::gui::MmsPrerequisitesView</name>
    <message>
        <source>Before MMS can migrate, these must be in place. Ferry checks what it can see; confirm the rest once it is done.</source>
        <translation>MMS 开始迁移前，以下条件必须就绪。Ferry 会检查它能看到的部分；其余部分请在完成后确认。</translation>
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
        <translation>迁移结构</translation>
    </message>
    <message>
        <source>Migrating data</source>
        <translation>迁移数据</translation>
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
    <name>ferry::gui::NameResolutionDialog</name>
    <message>
        <source>Which %1?</source>
        <translation>哪个%1？</translation>
    </message>
    <message>
        <source>Use the selected one</source>
        <translation>使用所选项</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
</context>
<context>
    <name>ferry::gui::NameResolutionView</name>
    <message>
        <source>resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>匹配</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>候选项</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>完全一致</translation>
    </message>
    <message>
        <source>differs in case</source>
        <translation>仅大小写不同</translation>
    </message>
    <message>
        <source>differs in case, _, - or spaces</source>
        <translation>大小写、_、- 或空格不同</translation>
    </message>
    <message>
        <source>starts like it</source>
        <translation>开头相同</translation>
    </message>
    <message>
        <source>contains it</source>
        <translation>包含该名称</translation>
    </message>
    <message>
        <source>spelled similarly</source>
        <translation>拼写相近</translation>
    </message>
    <message>
        <source>Using the %1 “%2” (id %3).</source>
        <translation>使用%1“%2”（ID %3）。</translation>
    </message>
    <message>
        <source>Not to be confused with: %1</source>
        <translation>请勿与以下混淆：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Type the name of the %1.</source>
        <translation>请输入%1的名称。</translation>
    </message>
    <message>
        <source>No %1 is named “%2”, and none has a similar name. Check the name: it must match exactly, including case.</source>
        <translation>没有名为“%2”的%1，也没有名称相近的%1。请检查名称：必须完全一致，包括大小写。</translation>
    </message>
    <message>
        <source>These %1 candidates are all named exactly “%2”. Pick the one you mean by what tells them apart, then confirm.</source>
        <translation>以下 %1 个候选项的名称都恰好是“%2”。请根据它们的区别选出您要的那一个，然后确认。</translation>
    </message>
    <message>
        <source>No %1 is named exactly “%2”. These have similar names; Ferry does not choose one for you. Pick the one you mean, then confirm, or go back and correct the name.</source>
        <translation>没有名称恰好为“%2”的%1。以下%1名称相近；Ferry 不会替您选择。请选出您要的那一个并确认，或返回修改名称。</translation>
    </message>
    <message>
        <source>data source</source>
        <translation>数据源</translation>
    </message>
    <message>
        <source>migration job</source>
        <translation>迁移作业</translation>
    </message>
    <message>
        <source>task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>DTS job</source>
        <translation>DTS 任务</translation>
    </message>
    <message>
        <source>source server</source>
        <translation>源服务器</translation>
    </message>
    <message>
        <source>replication job</source>
        <translation>迁移任务</translation>
    </message>
</context>
<context>
    <name>ferry::gui::PermissionErrorDialog</name>
    <message>
        <source>Permission needed</source>
        <translation>需要权限</translation>
    </message>
    <message>
        <source>The request was refused: permission is missing.</source>
        <translation>请求被拒绝：缺少权限。</translation>
    </message>
    <message>
        <source>%1 was refused: permission is missing.</source>
        <translation>%1 被拒绝：缺少权限。</translation>
    </message>
    <message>
        <source>The service did not say which RAM action is missing. Ask an administrator to check the policies of the RAM identity behind Ferry&apos;s credentials.</source>
        <translation>服务没有说明缺少哪个 RAM 操作权限。请管理员检查 Ferry 所用凭据对应的 RAM 身份的权限策略。</translation>
    </message>
    <message>
        <source>The RAM identity behind Ferry&apos;s credentials needs the actions below. Ask an administrator to attach a policy that allows them, then try again.</source>
        <translation>Ferry 所用凭据对应的 RAM 身份需要以下操作权限。请管理员为其授予允许这些操作的策略，然后重试。</translation>
    </message>
    <message>
        <source>RAM actions needed</source>
        <translation>所需的 RAM 操作</translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation>策略：</translation>
    </message>
    <message>
        <source>&amp;Copy policy</source>
        <translation>复制策略(&amp;C)</translation>
    </message>
    <message>
        <source>RAM policy</source>
        <translation>RAM 策略</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>错误码：%1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>消息：%1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>请求 ID：%1</translation>
    </message>
</context>
<context>
    <name>ferry::gui::PrerequisiteList</name>
    <message>
        <source>Met</source>
        <translation>已满足</translation>
    </message>
    <message>
        <source>Met, with a warning</source>
        <translation>已满足，但有警告</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>未满足</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>尚不确定</translation>
    </message>
    <message>
        <source>Confirm when done</source>
        <translation>完成后请确认</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Statements for %1</source>
        <translation>%1 的语句</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>%1 is done</source>
        <translation>%1 已完成</translation>
    </message>
</context>
<context>
    <name>ferry::gui::SecretLineEdit</name>
    <message>
        <source>Show what you typed</source>
        <translation>显示输入的内容</translation>
    </message>
    <message>
        <source>Saved – type to replace</source>
        <translation>已保存 – 输入新值以替换</translation>
    </message>
</context>
<context>
    <name>ferry::gui::SmcPrerequisitesView</name>
    <message>
        <source>SMC copies a server through the agent installed on it. The agent must be installed and connected before a job can run.</source>
        <translation>SMC 通过安装在服务器上的客户端复制服务器。作业运行前，客户端必须已安装并保持连接。</translation>
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
    <name>ferry::model::ActionChecks</name>
    <message>
        <source>The job is already stopped.</source>
        <translation>该作业已停止。</translation>
    </message>
    <message>
        <source>Only a queued or running job can be stopped; this one is %1.</source>
        <translation>只有排队中或运行中的作业可以停止；该作业的状态是%1。</translation>
    </message>
    <message>
        <source>The job has completed; there is nothing to resume.</source>
        <translation>该作业已完成，没有可恢复的内容。</translation>
    </message>
    <message>
        <source>Only a job stopped with Stop can be started again; this one is %1 and not stopped.</source>
        <translation>只有通过“停止”停下的作业才能再次启动；该作业的状态是%1，且未被停止。</translation>
    </message>
    <message>
        <source>The job is stopped; start it instead of retrying it.</source>
        <translation>该作业已停止；请启动它，而不是重试。</translation>
    </message>
    <message>
        <source>Only a failed job can be retried; this one is %1.</source>
        <translation>只有失败的作业可以重试；该作业的状态是%1。</translation>
    </message>
    <message>
        <source>The job is %1; stop it before deleting it.</source>
        <translation>该作业的状态是%1；请先停止再删除。</translation>
    </message>
    <message>
        <source>The task is running.</source>
        <translation>该任务正在运行。</translation>
    </message>
    <message>
        <source>Only a failed task can be retried; this one is %1.</source>
        <translation>只有失败的任务可以重试；该任务的状态是%1。</translation>
    </message>
    <message>
        <source>A DTS job can be started when it has not started yet, after its precheck, or when paused; this one is %1.</source>
        <translation>DTS 任务在尚未启动、预检查结束后或暂停时可以启动；该任务的状态是%1。</translation>
    </message>
    <message>
        <source>Change tracking jobs cannot be paused.</source>
        <translation>数据订阅任务不能暂停。</translation>
    </message>
    <message>
        <source>Only a job that is moving data can be paused; this one is %1.</source>
        <translation>只有正在传输数据的任务可以暂停；该任务的状态是%1。</translation>
    </message>
    <message>
        <source>Only a running or paused job can be ended; this one is %1.</source>
        <translation>只有运行中或已暂停的任务可以结束；该任务的状态是%1。</translation>
    </message>
    <message>
        <source>Only migration and synchronization jobs have reverse jobs.</source>
        <translation>只有迁移和同步任务才有反向任务。</translation>
    </message>
    <message>
        <source>The job copies no incremental changes, so there is nothing to reverse.</source>
        <translation>该任务不复制增量变更，没有可反向的内容。</translation>
    </message>
    <message>
        <source>The job already has the reverse job %1.</source>
        <translation>该任务已有反向任务 %1。</translation>
    </message>
    <message>
        <source>This is a reverse job itself.</source>
        <translation>该任务本身就是反向任务。</translation>
    </message>
    <message>
        <source>A reverse job can be created while the job replicates, is paused or has finished; this one is %1.</source>
        <translation>在任务复制中、已暂停或已结束时可以创建反向任务；该任务的状态是%1。</translation>
    </message>
    <message>
        <source>A replication job can be started when it is ready, stopped or in error; this one is %1.</source>
        <translation>迁移任务在就绪、已停止或出错时可以启动；该任务的状态是%1。</translation>
    </message>
    <message>
        <source>A running job can be stopped only while it copies data; it is %1 now.</source>
        <translation>运行中的任务只有在同步数据时才能停止；它现在处于%1。</translation>
    </message>
    <message>
        <source>Only a running job can be stopped; this one is %1.</source>
        <translation>只有运行中的任务可以停止；该任务的状态是%1。</translation>
    </message>
    <message>
        <source>Only an incremental job is cut over; this one runs once.</source>
        <translation>只有增量任务需要完成增量同步；该任务只运行一次。</translation>
    </message>
    <message>
        <source>An incremental job is cut over while it waits for its next run; this one is %1.</source>
        <translation>增量任务在等待下一次运行时才能完成增量同步；该任务的状态是%1。</translation>
    </message>
    <message>
        <source>The job is running; stop it before deleting it.</source>
        <translation>该任务正在运行；请先停止再删除。</translation>
    </message>
    <message>
        <source>The job is %1 and cannot be deleted now.</source>
        <translation>该任务的状态是%1，现在无法删除。</translation>
    </message>
    <message>
        <source>The job is %1; its name cannot be changed now.</source>
        <translation>该任务的状态是%1，现在无法修改名称。</translation>
    </message>
    <message>
        <source>The schedule can be changed before the first run or while the job waits; this one is %1.</source>
        <translation>计划只能在首次运行前或任务等待期间修改；该任务的状态是%1。</translation>
    </message>
    <message>
        <source>These settings can be changed only before the first run; the job is %1.</source>
        <translation>这些设置只能在首次运行前修改；该任务的状态是%1。</translation>
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
        <translation type="unfinished">未知</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished">已校验</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one input file can be given (got &quot;%1&quot; and &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--indent takes a number from 0 to %1, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot; (see ferry mask --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;stdout&gt;: cannot write the output</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::model::NameResolution</name>
    <message>
        <source>agent offline</source>
        <translation>客户端离线</translation>
    </message>
    <message>
        <source>%1, agent offline</source>
        <translation>%1，客户端离线</translation>
    </message>
    <message>
        <source>to project %1</source>
        <translation>目标项目 %1</translation>
    </message>
    <message>
        <source>%1, stopped</source>
        <translation>%1，已停止</translation>
    </message>
    <message>
        <source>data source %1</source>
        <translation>数据源 %1</translation>
    </message>
    <message>
        <source>database %1</source>
        <translation>数据库 %1</translation>
    </message>
    <message>
        <source>job %1</source>
        <translation>作业 %1</translation>
    </message>
    <message>
        <source>job %1 (%2)</source>
        <translation>作业 %1（%2）</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 到 %2</translation>
    </message>
    <message>
        <source>last job %1</source>
        <translation>最近的任务 %1</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>源服务器 %1</translation>
    </message>
    <message>
        <source>incremental</source>
        <translation>增量</translation>
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
    <name>ferry::model::Prerequisites</name>
    <message>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Service-linked role %1</source>
        <translation>服务关联角色 %1</translation>
    </message>
    <message>
        <source>MMS reaches your data and the target project through the service-linked role %1. Ferry cannot see RAM roles: create it in the RAM console (Create Service-Linked Role) or let the MaxCompute console create it when you add the first data source, then confirm.</source>
        <translation>MMS 通过服务关联角色 %1 访问您的数据和目标项目。Ferry 无法查看 RAM 角色：请在 RAM 控制台（创建服务关联角色）中创建它，或在 MaxCompute 控制台添加第一个数据源时由控制台创建，然后确认。</translation>
    </message>
    <message>
        <source>Target project with a Data Transfer quota</source>
        <translation>绑定了数据传输 Quota 的目标项目</translation>
    </message>
    <message>
        <source>Choose the target project first.</source>
        <translation>请先选择目标项目。</translation>
    </message>
    <message>
        <source>The target project %1 must be bound to a quota of the Data Transfer type; MMS runs its copy jobs in it. Check the project&apos;s quotas in the MaxCompute console, then confirm.</source>
        <translation>目标项目 %1 必须绑定数据传输类型的 Quota，MMS 在其中运行复制作业。请在 MaxCompute 控制台检查项目的 Quota，然后确认。</translation>
    </message>
    <message>
        <source>Network connection</source>
        <translation>网络连接</translation>
    </message>
    <message>
        <source>Choose the data source first.</source>
        <translation>请先选择数据源。</translation>
    </message>
    <message>
        <source>The data source %1 names no network connection. Unless the source is reachable from the public internet, add a network connection to its VPC in the MaxCompute console.</source>
        <translation>数据源 %1 没有指定网络连接。除非该源可以从公网访问，否则请在 MaxCompute 控制台为其 VPC 添加网络连接。</translation>
    </message>
    <message>
        <source>The data source %1 is reached through the network connection %2.</source>
        <translation>数据源 %1 通过网络连接 %2 访问。</translation>
    </message>
    <message>
        <source>Data source agent</source>
        <translation>数据源客户端</translation>
    </message>
    <message>
        <source>The agent of %1 is online.</source>
        <translation>%1 的客户端在线。</translation>
    </message>
    <message>
        <source>The agent of %1 is offline: scans and migrations of this source fail until it is back. Start the agent on the source cluster and check its network.</source>
        <translation>%1 的客户端离线：在它恢复之前，该数据源的扫描和迁移都会失败。请在源集群上启动客户端并检查其网络。</translation>
    </message>
    <message>
        <source>Permissions in the target project</source>
        <translation>目标项目中的权限</translation>
    </message>
    <message>
        <source>Waiting for the account id of the credentials.</source>
        <translation>正在获取凭据所属的账号 ID。</translation>
    </message>
    <message>
        <source>The project owner (or a Super_Administrator) of %1 runs these statements once, in the MaxCompute client or DataWorks, so that the role of account %2 can create tables and run the copy jobs there. Then confirm.</source>
        <translation>请由 %1 的项目所有者（或 Super_Administrator）在 MaxCompute 客户端或 DataWorks 中执行一次以下语句，使账号 %2 的角色可以在其中建表并运行复制作业。然后确认。</translation>
    </message>
    <message>
        <source>Not in the pasted output. Run SHOW GLOBAL VARIABLES LIKE &apos;%1&apos;; and paste the result.</source>
        <translation>粘贴的输出中没有该项。请执行 SHOW GLOBAL VARIABLES LIKE &apos;%1&apos;; 并粘贴结果。</translation>
    </message>
    <message>
        <source>Binary log enabled (log_bin)</source>
        <translation>已开启二进制日志（log_bin）</translation>
    </message>
    <message>
        <source>log_bin is %1. Enable it in the [mysqld] section of my.cnf and restart MySQL.</source>
        <translation>log_bin 为 %1。请在 my.cnf 的 [mysqld] 段中开启它并重启 MySQL。</translation>
    </message>
    <message>
        <source>log_bin is %1.</source>
        <translation>log_bin 为 %1。</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1 为 %2。</translation>
    </message>
    <message>
        <source>%1 is %2; DTS needs %3. Set it now and in my.cnf so that it survives a restart; sessions already open keep the old value.</source>
        <translation>%1 为 %2；DTS 需要 %3。请立即设置，并写入 my.cnf 以便重启后仍然生效；已打开的会话仍使用旧值。</translation>
    </message>
    <message>
        <source>Row-based binary log (binlog_format)</source>
        <translation>行格式的二进制日志（binlog_format）</translation>
    </message>
    <message>
        <source>Full row images (binlog_row_image)</source>
        <translation>完整行镜像（binlog_row_image）</translation>
    </message>
    <message>
        <source>Server id (server_id)</source>
        <translation>服务器 ID（server_id）</translation>
    </message>
    <message>
        <source>server_id is %1; it must be a number above 0, unique among the servers that replicate with this one.</source>
        <translation>server_id 为 %1；它必须是大于 0 的数字，并且在与本服务器复制的服务器之间唯一。</translation>
    </message>
    <message>
        <source>server_id is %1.</source>
        <translation>server_id 为 %1。</translation>
    </message>
    <message>
        <source>Binary log retention</source>
        <translation>二进制日志保留时间</translation>
    </message>
    <message>
        <source>With a full load first, DTS needs at least 7 days.</source>
        <translation>先做全量迁移时，DTS 需要至少 7 天。</translation>
    </message>
    <message>
        <source>For incremental migration alone, DTS needs more than 24 hours.</source>
        <translation>仅做增量迁移时，DTS 需要超过 24 小时。</translation>
    </message>
    <message>
        <source>Binary logs are never purged automatically; watch the disk.</source>
        <translation>二进制日志不会自动清理；请留意磁盘空间。</translation>
    </message>
    <message>
        <source>Binary logs are kept for %1. %2</source>
        <translation>二进制日志保留 %1。%2</translation>
    </message>
    <message>
        <source>Replication account</source>
        <translation>复制账号</translation>
    </message>
    <message>
        <source>Paste the output of SHOW GRANTS FOR the account DTS will use.</source>
        <translation>请粘贴 DTS 将使用的账号的 SHOW GRANTS FOR 输出。</translation>
    </message>
    <message>
        <source>%1 lacks privileges DTS needs to read the binary log.</source>
        <translation>%1 缺少 DTS 读取二进制日志所需的权限。</translation>
    </message>
    <message>
        <source>%1 can replicate but holds more privileges than it needs.</source>
        <translation>%1 可以复制，但拥有多于所需的权限。</translation>
    </message>
    <message>
        <source>%1 holds what replication needs and nothing risky.</source>
        <translation>%1 具备复制所需的权限，且没有高风险权限。</translation>
    </message>
    <message>
        <source>SMC agent installed</source>
        <translation>已安装 SMC 客户端</translation>
    </message>
    <message>
        <source>%1 is registered with SMC (the agent did not report its version).</source>
        <translation>%1 已在 SMC 注册（客户端未报告版本）。</translation>
    </message>
    <message>
        <source>%1 is registered with SMC; agent version %2.</source>
        <translation>%1 已在 SMC 注册；客户端版本 %2。</translation>
    </message>
    <message>
        <source>SMC agent online</source>
        <translation>SMC 客户端在线</translation>
    </message>
    <message>
        <source>The agent on %1 is connected.</source>
        <translation>%1 上的客户端已连接。</translation>
    </message>
    <message>
        <source>The agent on %1 is offline (%2). Start the SMC client on the server and check that it can reach SMC; replication cannot start before it reconnects.</source>
        <translation>%1 上的客户端离线（%2）。请在服务器上启动 SMC 客户端，并确认它能访问 SMC；在它重新连接之前无法开始迁移。</translation>
    </message>
    <message>
        <source>SMC reports the state of %1 as %2; Ferry cannot tell whether the agent is connected.</source>
        <translation>SMC 报告 %1 的状态为%2；Ferry 无法判断客户端是否已连接。</translation>
    </message>
    <message>
        <source>Server not in use by another job</source>
        <translation>服务器未被其他任务占用</translation>
    </message>
    <message>
        <source>%1 is in use by job %2; a new job for it is refused until that job ends or is deleted.</source>
        <translation>%1 正被任务 %2 使用；在该任务结束或被删除之前，无法为它创建新任务。</translation>
    </message>
    <message>
        <source>%1 is being deleted.</source>
        <translation>%1 正在删除中。</translation>
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
    <name>ferry::model::ShowGrants</name>
    <message>
        <source>ALL PRIVILEGES on %1 gives the account every privilege there, far beyond replication.</source>
        <translation>%1 上的 ALL PRIVILEGES 赋予该账号所有权限，远超复制所需。</translation>
    </message>
    <message>
        <source>SUPER lets the account change server settings, end other sessions and write while the server is read-only; replication does not need it.</source>
        <translation>SUPER 允许该账号修改服务器设置、结束其他会话，并在服务器只读时写入；复制不需要它。</translation>
    </message>
    <message>
        <source>%1 is an administrative privilege; replication does not need it.</source>
        <translation>%1 是管理权限；复制不需要它。</translation>
    </message>
    <message>
        <source>CREATE on *.* is more than replication needs; DTS uses it only for its heartbeat database, which keeps the binary log position moving.</source>
        <translation>*.* 上的 CREATE 超出复制所需；DTS 仅用它创建心跳库，以推进二进制日志位点。</translation>
    </message>
    <message>
        <source>%1 on %2 is more than replication needs; DTS uses it only to copy schemas and existing data.</source>
        <translation>%2 上的 %1 超出复制所需；DTS 仅在复制结构和已有数据时使用它。</translation>
    </message>
    <message>
        <source>%1 on %2 is more than replication needs.</source>
        <translation>%2 上的 %1 超出复制所需。</translation>
    </message>
    <message>
        <source>Line %1 could not be read: %2</source>
        <translation>第 %1 行无法读取：%2</translation>
    </message>
    <message>
        <source>No GRANT statement was found. Paste the output of SHOW GRANTS FOR the replication account.</source>
        <translation>没有找到 GRANT 语句。请粘贴复制账号的 SHOW GRANTS FOR 输出。</translation>
    </message>
    <message>
        <source>The output holds grants of several accounts (%1); only %2 was checked.</source>
        <translation>输出中包含多个账号的授权（%1）；只检查了 %2。</translation>
    </message>
    <message>
        <source>The account has the role %1; SHOW GRANTS does not show what the role allows. Paste the output of SHOW GRANTS FOR %2 USING %1 to check it too.</source>
        <translation>该账号拥有角色 %1；SHOW GRANTS 不会显示该角色允许的操作。请粘贴 SHOW GRANTS FOR %2 USING %1 的输出，一并检查。</translation>
    </message>
    <message>
        <source>WITH ADMIN OPTION lets the account grant %1 to others.</source>
        <translation>WITH ADMIN OPTION 允许该账号把 %1 授予他人。</translation>
    </message>
    <message>
        <source>PROXY lets the account act as %1.</source>
        <translation>PROXY 允许该账号以 %1 的身份操作。</translation>
    </message>
    <message>
        <source>WITH GRANT OPTION on %1 lets the account give its privileges to others.</source>
        <translation>%1 上的 WITH GRANT OPTION 允许该账号把自己的权限授予他人。</translation>
    </message>
    <message>
        <source>%1 is not granted ON *.*; DTS cannot read the binary log without it.</source>
        <translation>未授予 ON *.* 的 %1；没有它 DTS 无法读取二进制日志。</translation>
    </message>
    <message>
        <source>A quote (%1) is not closed.</source>
        <translation>引号（%1）没有闭合。</translation>
    </message>
    <message>
        <source>An account name was expected.</source>
        <translation>此处应为账号名。</translation>
    </message>
    <message>
        <source>A host name was expected after @.</source>
        <translation>@ 之后应为主机名。</translation>
    </message>
    <message>
        <source>A privilege name is missing.</source>
        <translation>缺少权限名称。</translation>
    </message>
    <message>
        <source>A column list is not closed.</source>
        <translation>列清单没有闭合。</translation>
    </message>
    <message>
        <source>Unexpected text in the privilege list: %1</source>
        <translation>权限列表中有无法识别的内容：%1</translation>
    </message>
    <message>
        <source>The object after ON is missing.</source>
        <translation>ON 之后缺少对象。</translation>
    </message>
    <message>
        <source>Unexpected text after ON: %1</source>
        <translation>ON 之后有无法识别的内容：%1</translation>
    </message>
    <message>
        <source>A table of every database (*.name) is not valid.</source>
        <translation>“所有数据库中的某张表”（*.name）不是有效写法。</translation>
    </message>
    <message>
        <source>The object after ON is not a database or table name: %1</source>
        <translation>ON 之后的对象不是数据库名或表名：%1</translation>
    </message>
    <message>
        <source>This is not a GRANT statement.</source>
        <translation>这不是 GRANT 语句。</translation>
    </message>
    <message>
        <source>FROM and the account are missing.</source>
        <translation>缺少 FROM 和账号。</translation>
    </message>
    <message>
        <source>TO and the account are missing.</source>
        <translation>缺少 TO 和账号。</translation>
    </message>
    <message>
        <source>Unexpected text in the role list: %1</source>
        <translation>角色列表中有无法识别的内容：%1</translation>
    </message>
    <message>
        <source>This line is not a GRANT statement; it was ignored.</source>
        <translation>该行不是 GRANT 语句，已忽略。</translation>
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
        <translation>未开始</translation>
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
        <translation>迁移结构中</translation>
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
        <translation>迁移数据中</translation>
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
        <translation>已校验</translation>
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
        <translation>部分迁移</translation>
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
        <translation>迁移</translation>
    </message>
    <message>
        <source>Synchronization</source>
        <translation>同步</translation>
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
        <translation>已追上</translation>
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
        <translation>错误</translation>
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
        <translation>同步数据中</translation>
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
