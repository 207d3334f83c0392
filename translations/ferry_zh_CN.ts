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
    <name>ferry::gui::ActionGate</name>
    <message>
        <source>Select %1 first.</source>
        <translation>请先选择%1。</translation>
    </message>
</context>
<context>
    <name>ferry::gui::AttestDialog</name>
    <message>
        <source>Attest Criterion</source>
        <translation>确认判定条件</translation>
    </message>
    <message>
        <source>Mark Preparation Done</source>
        <translation>标记准备工作已完成</translation>
    </message>
    <message>
        <source>You state, under your name, whether this criterion holds. The statement is shown as "Attested" evidence at the gate.

%1</source>
        <translation>您以本人名义声明此判定条件是否成立。该声明将作为“人工确认”证据显示在关口中。

%1</translation>
    </message>
    <message>
        <source>You state, under your name, that this rollback preparation is done.

%1</source>
        <translation>您以本人名义声明此项回滚准备工作已完成。

%1</translation>
    </message>
    <message>
        <source>Your name, e.g. Ravi Shah (DBA)</source>
        <translation>您的姓名，例如 王磊（DBA）</translation>
    </message>
    <message>
        <source>How you checked it, e.g. "Restored the 02:00 snapshot; row counts match."</source>
        <translation>您是如何检查的，例如“已恢复 02:00 的快照，行数一致。”</translation>
    </message>
    <message>
        <source>What you did, e.g. "TTL lowered to 60 s on all records."</source>
        <translation>您做了什么，例如“所有记录的 TTL 已降至 60 秒。”</translation>
    </message>
    <message>
        <source>It &amp;holds</source>
        <translation>成立(&amp;H)</translation>
    </message>
    <message>
        <source>It does &amp;not hold</source>
        <translation>不成立(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>说明(&amp;O)：</translation>
    </message>
    <message>
        <source>Statement:</source>
        <translation>声明：</translation>
    </message>
    <message>
        <source>&amp;Attest</source>
        <translation>确认(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Mark Done</source>
        <translation>标记完成(&amp;M)</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>请输入您的姓名。</translation>
    </message>
    <message>
        <source>Say how you checked it.</source>
        <translation>请说明您是如何检查的。</translation>
    </message>
    <message>
        <source>The date is in the future; attest what has already been checked.</source>
        <translation>日期在将来；请只确认已经检查过的内容。</translation>
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
        <source>--view needs a plan file, for example --view plan.ferryplan.json.</source>
        <translation>--view 需要指定计划文件，例如 --view plan.ferryplan.json。</translation>
    </message>
    <message>
        <source>Usage: ferry [options]
       ferry --view PLAN
       ferry mask [IN] [-o OUT] [--indent N | --compact]

Ferry takes you through Alibaba Cloud migrations (MMS, DTS, SMC) and keeps a
record of them. With no credentials configured it runs on a local sandbox.

Options:
  --lang LANG        user interface language: en or zh_CN
  --log-level LEVEL  trace, debug, info, warn, error, critical or off
  --profile NAME     use the Ferry credential profile NAME
  --sandbox          use the local sandbox even when credentials exist
  --view PLAN        show the manager timeline of the plan file PLAN,
                     read-only (nothing in that window edits the plan)
  -h, --help         show this help and exit
  -v, --version      show the version and exit

Commands (no display needed):
  mask               mask secrets in JSON (stdin or IN) the way Ferry does;
                     see ferry mask --help
</source>
        <translation>用法：ferry [选项]
      ferry --view 计划文件
      ferry mask [输入文件] [-o 输出文件] [--indent N | --compact]

Ferry 引导您完成阿里云迁移（MMS、DTS、SMC）并保留完整记录。
未配置凭证时，它在本地沙箱上运行。

选项：
  --lang LANG        界面语言：en 或 zh_CN
  --log-level LEVEL  trace、debug、info、warn、error、critical 或 off
  --profile NAME     使用名为 NAME 的 Ferry 凭证配置
  --sandbox          即使存在凭证也使用本地沙箱
  --view PLAN        以只读方式显示计划文件 PLAN 的管理时间线
                     （该窗口中没有任何修改计划的操作）
  -h, --help         显示本帮助并退出
  -v, --version      显示版本并退出

命令（无需显示器）：
  mask               按 Ferry 的规则屏蔽 JSON 中的密钥（标准输入或输入文件）；
                     参见 ferry mask --help
</translation>
    </message>
    <message>
        <source>  report             write a plan's migration report as a PDF;
                     see ferry report --help
</source>
        <translation>  report             将计划的迁移报告写为 PDF；
                     参见 ferry report --help
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
        <translation>沙箱</translation>
    </message>
    <message>
        <source>the sandbox could not start: %1</source>
        <translation>沙箱无法启动：%1</translation>
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
    <message>
        <source>Filter by name, ID, status or phase (Ctrl+F)</source>
        <translation>按名称、ID、状态或阶段筛选 (Ctrl+F)</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>所有服务</translation>
    </message>
    <message>
        <source>Any health</source>
        <translation>任意健康状态</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>立即刷新</translation>
    </message>
    <message>
        <source>Ask every service for fresh data now (F5)</source>
        <translation>立即向各服务获取最新数据 (F5)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 asks Ferry to slow down; polling less often for a while.</source>
        <translation>%1 要求 Ferry 放慢请求，暂时降低轮询频率。</translation>
    </message>
    <message>
        <source>There are no MMS, DTS or SMC jobs in region %1 yet. New jobs appear here within a few minutes.</source>
        <translation>地域 %1 中还没有 MMS、DTS 或 SMC 任务。新任务会在几分钟内出现在这里。</translation>
    </message>
    <message>
        <source>Looking for MMS, DTS and SMC jobs in region %1…</source>
        <translation>正在查找地域 %1 中的 MMS、DTS 和 SMC 任务…</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <source>Not updated yet</source>
        <translation>尚未更新</translation>
    </message>
</context>
<context>
    <name>ferry::gui::DecideDialog</name>
    <message>
        <source>&amp;GO: proceed with the phase</source>
        <translation>GO：继续执行该阶段(&amp;G)</translation>
    </message>
    <message>
        <source>N&amp;O-GO: do not proceed</source>
        <translation>NO-GO：不继续执行(&amp;O)</translation>
    </message>
    <message>
        <source>Decide GO / NO-GO</source>
        <translation>GO / NO-GO 决策</translation>
    </message>
    <message>
        <source>Gate "%1" guards %2. The evidence below was evaluated at %3; the decision records it exactly as shown.</source>
        <translation>关口“%1”把守阶段 %2。以下证据的评估时间为 %3；决策将按所示内容原样记录这些证据。</translation>
    </message>
    <message>
        <source>The gate %1 is not in the plan.</source>
        <translation>计划中没有关口 %1。</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>判定条件</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>必需</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Mandatory but not GO: %1. Recording GO now is an override and needs a reason, which is kept with the decision.</source>
        <translation>以下必需条件尚未达到 GO：%1。此时记录 GO 属于强制放行，必须填写理由，理由将随决策一并保存。</translation>
    </message>
    <message>
        <source>Every mandatory criterion is GO.</source>
        <translation>所有必需条件均为 GO。</translation>
    </message>
    <message>
        <source>Your name, e.g. Mei Lin (migration architect)</source>
        <translation>您的姓名，例如 林梅（迁移架构师）</translation>
    </message>
    <message>
        <source>the gate id</source>
        <translation>关口 ID</translation>
    </message>
    <message>
        <source>&amp;Decided by:</source>
        <translation>决策人(&amp;D)：</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>决策：</translation>
    </message>
    <message>
        <source>To confirm, type the gate id &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>请输入关口 ID &lt;b&gt;%1&lt;/b&gt; 以确认：</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>This plan is read-only.</source>
        <translation>此计划为只读。</translation>
    </message>
    <message>
        <source>Enter the name of who decides.</source>
        <translation>请输入决策人的姓名。</translation>
    </message>
    <message>
        <source>Give an override reason: why GO although criteria are not GO.</source>
        <translation>请填写强制放行理由：为什么在条件未达到 GO 时仍然 GO。</translation>
    </message>
    <message>
        <source>Type the gate id %1 to confirm.</source>
        <translation>请输入关口 ID %1 以确认。</translation>
    </message>
    <message>
        <source>Override &amp;reason (required):</source>
        <translation>强制放行理由（必填）(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>备注（可选）(&amp;N)：</translation>
    </message>
    <message>
        <source>Why GO although criteria are not GO, and who accepted the risk</source>
        <translation>为什么在条件未达到 GO 时仍然 GO，以及由谁承担该风险</translation>
    </message>
    <message>
        <source>Record NO-GO</source>
        <translation>记录 NO-GO</translation>
    </message>
    <message>
        <source>Record GO with Override</source>
        <translation>记录强制放行 GO</translation>
    </message>
    <message>
        <source>Record GO</source>
        <translation>记录 GO</translation>
    </message>
</context>
<context>
    <name>ferry::gui::DtsDetailPanel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source> (%1 %)</source>
        <translation>（%1%）</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>位点</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>源 → 目标</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Replication lag of %1</source>
        <translation>%1 的同步延迟</translation>
    </message>
    <message>
        <source>Precheck</source>
        <translation>预检查</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>结构迁移</translation>
    </message>
    <message>
        <source>Full data</source>
        <translation>全量数据</translation>
    </message>
    <message>
        <source>Incremental</source>
        <translation>增量</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 records/s, %2 MB/s</source>
        <translation>%1 条/秒，%2 MB/秒</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>ferry::gui::DtsEndpointForm</name>
    <message>
        <source>Self-managed database on ECS</source>
        <translation>ECS 上的自建数据库</translation>
    </message>
    <message>
        <source>Self-managed database with a public IP</source>
        <translation>有公网 IP 的自建数据库</translation>
    </message>
    <message>
        <source>Database behind Express Connect or VPN</source>
        <translation>通过专线或 VPN 接入的数据库</translation>
    </message>
    <message>
        <source>ApsaraDB RDS instance</source>
        <translation>RDS 实例</translation>
    </message>
    <message>
        <source>PolarDB cluster</source>
        <translation>PolarDB 集群</translation>
    </message>
    <message>
        <source>e.g. i-bp1... or rm-bp1...</source>
        <translation>例如 i-bp1... 或 rm-bp1...</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>database account</source>
        <translation>数据库账号</translation>
    </message>
    <message>
        <source>password of the account</source>
        <translation>账号的密码</translation>
    </message>
    <message>
        <source>Instance type:</source>
        <translation>实例类型：</translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation>引擎：</translation>
    </message>
    <message>
        <source>Instance ID:</source>
        <translation>实例 ID：</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>主机：</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>账号：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
</context>
<context>
    <name>ferry::gui::DtsEndpointsPage</name>
    <message>
        <source>Source database</source>
        <translation>源数据库</translation>
    </message>
    <message>
        <source>Target database</source>
        <translation>目标数据库</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Source and Target</source>
        <translation>源库与目标库</translation>
    </message>
    <message>
        <source>Where DTS reads from and writes to. Passwords are sent to DTS only and are never shown again.</source>
        <translation>DTS 从哪里读取、写入到哪里。密码只发送给 DTS，不会再显示。</translation>
    </message>
    <message>
        <source>Asks DTS whether it can reach both databases.</source>
        <translation>询问 DTS 能否连接两个数据库。</translation>
    </message>
    <message>
        <source>Fill in both endpoints, including the passwords, first.</source>
        <translation>请先填写两端的信息（包括密码）。</translation>
    </message>
    <message>
        <source>Source: not tested yet.</source>
        <translation>源库：尚未测试。</translation>
    </message>
    <message>
        <source>Target: not tested yet.</source>
        <translation>目标库：尚未测试。</translation>
    </message>
    <message>
        <source>Source: testing…</source>
        <translation>源库：正在测试…</translation>
    </message>
    <message>
        <source>Target: testing…</source>
        <translation>目标库：正在测试…</translation>
    </message>
    <message>
        <source>Source: not tested.</source>
        <translation>源库：未测试。</translation>
    </message>
    <message>
        <source>Target: not tested.</source>
        <translation>目标库：未测试。</translation>
    </message>
    <message>
        <source>Source: DTS did not report on it.</source>
        <translation>源库：DTS 未返回结果。</translation>
    </message>
    <message>
        <source>Target: DTS did not report on it.</source>
        <translation>目标库：DTS 未返回结果。</translation>
    </message>
    <message>
        <source>Source: DTS can connect.</source>
        <translation>源库：DTS 可以连接。</translation>
    </message>
    <message>
        <source>Target: DTS can connect.</source>
        <translation>目标库：DTS 可以连接。</translation>
    </message>
    <message>
        <source>Source: DTS cannot connect.</source>
        <translation>源库：DTS 无法连接。</translation>
    </message>
    <message>
        <source>Target: DTS cannot connect.</source>
        <translation>目标库：DTS 无法连接。</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Advice: %1</source>
        <translation>建议：%1</translation>
    </message>
</context>
<context>
    <name>ferry::gui::DtsModesPage</name>
    <message>
        <source>&amp;Schema migration: create the tables on the target</source>
        <translation>结构迁移：在目标库创建表(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Full data migration: copy the rows there are now</source>
        <translation>全量数据迁移：复制现有的所有行(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Incremental migration: then keep applying changes from the binary log until you stop the job</source>
        <translation>增量迁移：之后持续应用二进制日志中的变更，直到结束任务(&amp;I)</translation>
    </message>
    <message>
        <source>Migration Types</source>
        <translation>迁移类型</translation>
    </message>
    <message>
        <source>For a cutover with little downtime, choose all three.</source>
        <translation>若要在停机时间很短的情况下切换，请三项全选。</translation>
    </message>
    <message>
        <source>Incremental migration needs the binary log in ROW format with full row images; the precheck verifies it.</source>
        <translation>增量迁移需要 ROW 格式、完整行镜像的二进制日志；预检查会验证这一点。</translation>
    </message>
    <message>
        <source>Without incremental migration, writes to the source must stop before the job starts, or they will be missing on the target.</source>
        <translation>不做增量迁移时，任务启动前必须停止对源库的写入，否则这些写入在目标库中会缺失。</translation>
    </message>
    <message>
        <source>Without schema migration the target tables must already exist.</source>
        <translation>不做结构迁移时，目标表必须已经存在。</translation>
    </message>
</context>
<context>
    <name>ferry::gui::DtsMonitorPage</name>
    <message>
        <source>S&amp;top the Job (Cutover)…</source>
        <translation>结束任务（切换）(&amp;T)…</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>监控</translation>
    </message>
    <message>
        <source>Follow the migration. Once it is incremental and the lag stays low, switch the applications to the target and stop the job.</source>
        <translation>跟踪迁移进度。进入增量阶段且延迟持续较低后，将应用切换到目标库并结束任务。</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>阶段：</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>进度：</translation>
    </message>
    <message>
        <source>Lag:</source>
        <translation>延迟：</translation>
    </message>
    <message>
        <source>A call is under way.</source>
        <translation>有调用正在进行。</translation>
    </message>
    <message>
        <source>a job</source>
        <translation>一个任务</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Precheck</source>
        <translation>预检查</translation>
    </message>
    <message>
        <source>Precheck failed</source>
        <translation>预检查失败</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Incremental migration (paused)</source>
        <translation>增量迁移（已暂停）</translation>
    </message>
    <message>
        <source>Incremental migration</source>
        <translation>增量迁移</translation>
    </message>
    <message>
        <source>Full data migration</source>
        <translation>全量数据迁移</translation>
    </message>
    <message>
        <source>Schema migration</source>
        <translation>结构迁移</translation>
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
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>Waiting for the job's state…</source>
        <translation>正在等待任务状态…</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>暂未知</translation>
    </message>
    <message>
        <source>%1 (DTS reported %2)</source>
        <translation>%1（DTS 报告 %2）</translation>
    </message>
    <message>
        <source>%1 behind (the full load is still being copied)</source>
        <translation>落后 %1（全量数据仍在复制中）</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>未报告</translation>
    </message>
    <message>
        <source>Job %1 (%2), state %3.</source>
        <translation>任务 %1（%2），状态 %3。</translation>
    </message>
    <message>
        <source>Full data: %1</source>
        <translation>全量数据：%1</translation>
    </message>
    <message>
        <source>Throughput: %1 records/s, %2 MB/s</source>
        <translation>吞吐：%1 条记录/秒，%2 MB/秒</translation>
    </message>
    <message>
        <source>Stop the job %1</source>
        <translation>结束任务 %1</translation>
    </message>
    <message>
        <source>DTS stops copying changes and ends the job. It cannot be resumed.</source>
        <translation>DTS 停止复制变更并结束任务，之后无法恢复。</translation>
    </message>
    <message>
        <source>Stop only after the applications write to the target database and the lag is zero.</source>
        <translation>请在应用已写入目标库且延迟为零之后再结束。</translation>
    </message>
    <message>
        <source>Stop job</source>
        <translation>结束任务</translation>
    </message>
</context>
<context>
    <name>ferry::gui::DtsObjectsPage</name>
    <message>
        <source>Objects to Migrate</source>
        <translation>迁移对象</translation>
    </message>
    <message>
        <source>Tick the databases to migrate. Leave the tables empty to migrate every table, or list some, separated by commas.</source>
        <translation>勾选要迁移的数据库。表留空表示迁移所有表，或列出部分表，用逗号分隔。</translation>
    </message>
    <message>
        <source>Source database</source>
        <translation>源数据库</translation>
    </message>
    <message>
        <source>Target database</source>
        <translation>目标数据库</translation>
    </message>
    <message>
        <source>Tables (empty: all)</source>
        <translation>表（留空：全部）</translation>
    </message>
    <message>
        <source>another database name</source>
        <translation>其他数据库名</translation>
    </message>
    <message>
        <source>&amp;Add Database</source>
        <translation>添加数据库(&amp;A)</translation>
    </message>
    <message>
        <source>Nothing ticked yet.</source>
        <translation>尚未勾选任何数据库。</translation>
    </message>
    <message numerus="yes">
        <source>%n database(s) ticked: </source>
        <translation>
            <numerusform>已勾选 %n 个数据库：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n whole, </source>
        <translation>
            <numerusform>%n 个整库，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listed table(s).</source>
        <translation>
            <numerusform>%n 张指定的表。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::gui::DtsPrecheckPage</name>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>检查中</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
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
        <source>&amp;Run the Precheck Again…</source>
        <translation>重新运行预检查(&amp;R)…</translation>
    </message>
    <message>
        <source>Precheck</source>
        <translation>预检查</translation>
    </message>
    <message>
        <source>DTS checks the connections, accounts, binary log and objects before it copies anything. Fix what fails, then run the precheck again.</source>
        <translation>DTS 在复制任何数据之前检查连接、账号、二进制日志和对象。修复失败项后再次运行预检查。</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>How to repair</source>
        <translation>修复方法</translation>
    </message>
    <message>
        <source>A call is under way.</source>
        <translation>有调用正在进行。</translation>
    </message>
    <message>
        <source>The precheck has not failed.</source>
        <translation>预检查没有失败。</translation>
    </message>
    <message>
        <source>a job</source>
        <translation>一个任务</translation>
    </message>
    <message>
        <source>Waiting for the precheck to start…</source>
        <translation>正在等待预检查开始…</translation>
    </message>
    <message>
        <source>Run the precheck of %1 again</source>
        <translation>重新运行 %1 的预检查</translation>
    </message>
    <message>
        <source>DTS checks everything again; when every check passes the migration starts at once.</source>
        <translation>DTS 重新检查所有项；全部通过后迁移立即开始。</translation>
    </message>
    <message>
        <source>Run it only after you fixed what failed, or it fails the same way.</source>
        <translation>请在修复失败项之后再运行，否则会以同样的方式失败。</translation>
    </message>
    <message>
        <source>Run precheck</source>
        <translation>运行预检查</translation>
    </message>
    <message>
        <source>There is no job yet.</source>
        <translation>还没有任务。</translation>
    </message>
    <message numerus="yes">
        <source>The precheck passed (%n item(s)). The migration has started.</source>
        <translation>
            <numerusform>预检查已通过（%n 项）。迁移已开始。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The precheck failed on %n item(s). Repair them as advised, then run the precheck again.</source>
        <translation>
            <numerusform>预检查有 %n 项失败。请按建议修复，然后重新运行预检查。</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking: %1 of %2 items done.</source>
        <translation>检查中：已完成 %1 / %2 项。</translation>
    </message>
</context>
<context>
    <name>ferry::gui::DtsPrerequisitesPage</name>
    <message>
        <source>Prerequisites</source>
        <translation>前提条件</translation>
    </message>
    <message>
        <source>Check the replication account and the binary log of a self-managed MySQL source before DTS reads from it.</source>
        <translation>在 DTS 读取自建 MySQL 源库之前，检查复制账号和二进制日志。</translation>
    </message>
</context>
<context>
    <name>ferry::gui::DtsPrerequisitesView</name>
    <message>
        <source>&amp;Replication account: run SHOW GRANTS FOR 'account'@'host'; on the source and paste the output. DTS needs REPLICATION SLAVE and REPLICATION CLIENT on *.*; Ferry flags anything more.</source>
        <translation>复制账号(&amp;R)：在源库执行 SHOW GRANTS FOR 'account'@'host'; 并粘贴输出。DTS 需要 *.* 上的 REPLICATION SLAVE 和 REPLICATION CLIENT；多出的权限 Ferry 都会标出。</translation>
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
    <name>ferry::gui::DtsStartPage</name>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Use the Selected Job</source>
        <translation>使用所选任务(&amp;U)</translation>
    </message>
    <message>
        <source>Create a &amp;New Job With This Name</source>
        <translation>用此名称新建任务(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Create and Start…</source>
        <translation>创建并启动(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Start…</source>
        <translation>启动(&amp;S)…</translation>
    </message>
    <message>
        <source>S&amp;top…</source>
        <translation>结束(&amp;T)…</translation>
    </message>
    <message>
        <source>Create and Start the Job</source>
        <translation>创建并启动任务</translation>
    </message>
    <message>
        <source>Name the migration job. An existing job is used only when you confirm it. DTS runs the precheck first and migrates only when it passes.</source>
        <translation>为迁移任务命名。只有经您确认才会使用已有任务。DTS 先运行预检查，通过后才开始迁移。</translation>
    </message>
    <message>
        <source>job name, e.g. inventory-migration</source>
        <translation>任务名称，例如 inventory-migration</translation>
    </message>
    <message>
        <source>Job name:</source>
        <translation>任务名称：</translation>
    </message>
    <message>
        <source>A call is under way.</source>
        <translation>有调用正在进行。</translation>
    </message>
    <message>
        <source>an existing job</source>
        <translation>一个已有任务</translation>
    </message>
    <message>
        <source>The job has been started.</source>
        <translation>任务已启动。</translation>
    </message>
    <message>
        <source>Find the name first and choose to create a new job.</source>
        <translation>请先查找该名称，并选择新建任务。</translation>
    </message>
    <message>
        <source>Looking for jobs named “%1”…</source>
        <translation>正在查找名为“%1”的任务…</translation>
    </message>
    <message>
        <source>Configure the migration job %1</source>
        <translation>配置迁移任务 %1</translation>
    </message>
    <message>
        <source>DTS records the endpoints, the objects and the migration types. Nothing is copied until the job has an instance, which is the next step.</source>
        <translation>DTS 记录源库与目标库、迁移对象和迁移类型。在任务拥有实例之前不会复制任何数据，实例在下一步创建。</translation>
    </message>
    <message>
        <source>Configure job</source>
        <translation>配置任务</translation>
    </message>
    <message>
        <source>Configuring the job…</source>
        <translation>正在配置任务…</translation>
    </message>
    <message>
        <source>Buy the instance of %1 and start it</source>
        <translation>为 %1 购买实例并启动</translation>
    </message>
    <message>
        <source>DTS creates a pay-as-you-go instance for the job and starts it: the precheck runs first, and when it passes the migration begins.</source>
        <translation>DTS 为任务创建按量付费实例并启动：先运行预检查，通过后开始迁移。</translation>
    </message>
    <message>
        <source>The instance is billed by the hour until the job is stopped or released.</source>
        <translation>实例按小时计费，直到任务结束或释放。</translation>
    </message>
    <message>
        <source>Writes to the source must stop now: without incremental migration they will not reach the target.</source>
        <translation>现在必须停止对源库的写入：不做增量迁移时，这些写入不会到达目标库。</translation>
    </message>
    <message>
        <source>Buy and start</source>
        <translation>购买并启动</translation>
    </message>
    <message>
        <source>Creating the instance…</source>
        <translation>正在创建实例…</translation>
    </message>
    <message>
        <source>Start the job %1</source>
        <translation>启动任务 %1</translation>
    </message>
    <message>
        <source>DTS runs the precheck again (or resumes the job) and migrates when it passes.</source>
        <translation>DTS 重新运行预检查（或恢复任务），通过后开始迁移。</translation>
    </message>
    <message>
        <source>Start job</source>
        <translation>启动任务</translation>
    </message>
    <message>
        <source>Stop the job %1</source>
        <translation>结束任务 %1</translation>
    </message>
    <message>
        <source>DTS ends the job. A stopped job cannot be resumed.</source>
        <translation>DTS 结束任务。已结束的任务无法恢复。</translation>
    </message>
    <message>
        <source>Stop only after the applications use the target database.</source>
        <translation>请在应用已使用目标库之后再结束。</translation>
    </message>
    <message>
        <source>Stop job</source>
        <translation>结束任务</translation>
    </message>
    <message>
        <source>The job %1 (%2) has been started. Go on to follow the precheck.</source>
        <translation>任务 %1（%2）已启动。请继续查看预检查。</translation>
    </message>
    <message>
        <source>A new job named “%1” will be created.</source>
        <translation>将新建名为“%1”的任务。</translation>
    </message>
    <message>
        <source>The job %1 is configured; it still needs an instance.</source>
        <translation>任务 %1 已配置，还需要一个实例。</translation>
    </message>
    <message>
        <source>Using the existing job %1 (%2), now %3.</source>
        <translation>使用已有任务 %1（%2），当前状态 %3。</translation>
    </message>
    <message>
        <source>Using the existing job %1 (%2).</source>
        <translation>使用已有任务 %1（%2）。</translation>
    </message>
    <message>
        <source>Pick a job and confirm it, or create a new job with this name.</source>
        <translation>请选择一个任务并确认，或用此名称新建任务。</translation>
    </message>
    <message>
        <source>Type a name and press Find.</source>
        <translation>输入名称后点击“查找”。</translation>
    </message>
</context>
<context>
    <name>ferry::gui::DtsVerifyPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>What DTS reports about the data on the target.</source>
        <translation>DTS 关于目标库数据的报告。</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
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
        <source>Waiting for the job's state…</source>
        <translation>正在等待任务状态…</translation>
    </message>
    <message>
        <source>Schema migration</source>
        <translation>结构迁移</translation>
    </message>
    <message>
        <source>Full data migration</source>
        <translation>全量数据迁移</translation>
    </message>
    <message>
        <source>Incremental migration</source>
        <translation>增量迁移</translation>
    </message>
    <message>
        <source>Full data check</source>
        <translation>全量数据校验</translation>
    </message>
    <message>
        <source>Incremental data check</source>
        <translation>增量数据校验</translation>
    </message>
    <message>
        <source>Schema check</source>
        <translation>结构校验</translation>
    </message>
    <message>
        <source>not reported yet</source>
        <translation>尚未报告</translation>
    </message>
    <message>
        <source>not selected</source>
        <translation>未选择</translation>
    </message>
    <message>
        <source>%1 % %2</source>
        <translation>%1 % %2</translation>
    </message>
    <message>
        <source>DTS ran no data check for this job. Compare row counts of the migrated tables on both sides before the cutover.</source>
        <translation>DTS 没有为此任务运行数据校验。切换前请比较两端已迁移表的行数。</translation>
    </message>
    <message>
        <source>The data check found differences: see the details before the cutover.</source>
        <translation>数据校验发现了差异：切换前请查看详情。</translation>
    </message>
    <message>
        <source>The data checks found no differences so far.</source>
        <translation>数据校验目前未发现差异。</translation>
    </message>
</context>
<context>
    <name>ferry::gui::DtsWizard</name>
    <message>
        <source>Migrate a Database with DTS</source>
        <translation>使用 DTS 迁移数据库</translation>
    </message>
    <message>
        <source>The call failed: %1</source>
        <translation>调用失败：%1</translation>
    </message>
</context>
<context>
    <name>ferry::gui::EstimateText</name>
    <message>
        <source>rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>backlog</source>
        <translation>积压</translation>
    </message>
    <message>
        <source>data</source>
        <translation>数据量</translation>
    </message>
    <message>
        <source>objects</source>
        <translation>对象数</translation>
    </message>
    <message>
        <source>disk size</source>
        <translation>磁盘大小</translation>
    </message>
    <message>
        <source>changed per run</source>
        <translation>每轮变更量</translation>
    </message>
    <message>
        <source>source changes</source>
        <translation>源端变更</translation>
    </message>
    <message>
        <source>planner's estimate</source>
        <translation>规划人估计</translation>
    </message>
    <message>
        <source>bandwidth</source>
        <translation>带宽</translation>
    </message>
    <message>
        <source>efficiency</source>
        <translation>效率</translation>
    </message>
    <message>
        <source>disk read</source>
        <translation>磁盘读取</translation>
    </message>
    <message>
        <source>full load</source>
        <translation>全量速率</translation>
    </message>
    <message>
        <source>apply rate</source>
        <translation>应用速率</translation>
    </message>
    <message>
        <source>MMS throughput</source>
        <translation>MMS 吞吐</translation>
    </message>
    <message>
        <source>verification</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>per object</source>
        <translation>每个对象</translation>
    </message>
    <message>
        <source>workers</source>
        <translation>Worker 数</translation>
    </message>
    <message>
        <source>threads per worker</source>
        <translation>每 Worker 线程数</translation>
    </message>
    <message>
        <source>per-object overhead</source>
        <translation>每对象开销</translation>
    </message>
    <message>
        <source>worker cap</source>
        <translation>Worker 限速</translation>
    </message>
    <message>
        <source>load</source>
        <translation>加载</translation>
    </message>
    <message>
        <source>catch-up</source>
        <translation>追平</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>传输</translation>
    </message>
    <message>
        <source>comparison</source>
        <translation>比对</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>结构</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>固定</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 行/秒</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 Mbit/s</source>
        <translation>%1 Mbit/s</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 MB/s</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (this phase)</source>
        <translation>%1（本阶段）</translation>
    </message>
    <message>
        <source>No estimate: enter your own duration for this kind of phase.</source>
        <translation>无估算：此类阶段请填写您自己估计的时长。</translation>
    </message>
    <message>
        <source>No estimate: enter the %1 of the work.</source>
        <translation>无估算：请填写工作的%1。</translation>
    </message>
    <message>
        <source>No estimate: DTS applies changes no faster than the source makes them, so the lag never drains.</source>
        <translation>无估算：DTS 应用变更的速度不快于源端产生变更的速度，延迟永远无法追平。</translation>
    </message>
    <message>
        <source>No estimate: an input is zero, negative or too large.</source>
        <translation>无估算：某个输入为零、负数或过大。</translation>
    </message>
</context>
<context>
    <name>ferry::gui::EstimatesPanel</name>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>估算</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>假设</translation>
    </message>
    <message>
        <source>How</source>
        <translation>算法</translation>
    </message>
    <message>
        <source>Plan assumptions</source>
        <translation>计划假设</translation>
    </message>
    <message>
        <source> Mbit/s</source>
        <translation> Mbit/s</translation>
    </message>
    <message>
        <source> MB/s</source>
        <translation> MB/s</translation>
    </message>
    <message>
        <source> rows/s</source>
        <translation> 行/秒</translation>
    </message>
    <message>
        <source>&amp;Bandwidth:</source>
        <translation>带宽(&amp;B)：</translation>
    </message>
    <message>
        <source>Network path from the source to Alibaba Cloud.</source>
        <translation>从源端到阿里云的网络链路。</translation>
    </message>
    <message>
        <source>&amp;Efficiency:</source>
        <translation>效率(&amp;E)：</translation>
    </message>
    <message>
        <source> %</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Share of the nominal bandwidth a transfer really achieves.</source>
        <translation>传输实际能达到的标称带宽比例。</translation>
    </message>
    <message>
        <source>&amp;Disk read:</source>
        <translation>磁盘读取(&amp;D)：</translation>
    </message>
    <message>
        <source>How fast SMC reads the source servers' disks.</source>
        <translation>SMC 读取源服务器磁盘的速度。</translation>
    </message>
    <message>
        <source>DTS &amp;full load:</source>
        <translation>DTS 全量(&amp;F)：</translation>
    </message>
    <message>
        <source>Rows per second DTS copies during the full migration.</source>
        <translation>DTS 全量迁移期间每秒复制的行数。</translation>
    </message>
    <message>
        <source>DTS &amp;apply:</source>
        <translation>DTS 应用(&amp;A)：</translation>
    </message>
    <message>
        <source>Rows per second DTS applies during incremental sync.</source>
        <translation>DTS 增量同步期间每秒应用的行数。</translation>
    </message>
    <message>
        <source>&amp;MMS throughput:</source>
        <translation>MMS 吞吐(&amp;M)：</translation>
    </message>
    <message>
        <source>MaxCompute Migration Service copy rate.</source>
        <translation>MaxCompute 迁移服务的复制速率。</translation>
    </message>
    <message>
        <source>MMS &amp;verification:</source>
        <translation>MMS 校验(&amp;V)：</translation>
    </message>
    <message>
        <source>Verification time as a share of the copy time.</source>
        <translation>校验时间占复制时间的比例。</translation>
    </message>
    <message>
        <source>Schema per &amp;object:</source>
        <translation>每个结构对象(&amp;O)：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Seconds to migrate one table, view or index.</source>
        <translation>迁移一张表、一个视图或一个索引所需的秒数。</translation>
    </message>
    <message>
        <source>OSSImport &amp;workers:</source>
        <translation>OSSImport Worker 数(&amp;W)：</translation>
    </message>
    <message>
        <source>Machines running ossimport.</source>
        <translation>运行 ossimport 的机器数量。</translation>
    </message>
    <message>
        <source>&amp;Threads per worker:</source>
        <translation>每 Worker 线程数(&amp;T)：</translation>
    </message>
    <message>
        <source>ossimport's workerTaskThreadNum.</source>
        <translation>ossimport 的 workerTaskThreadNum。</translation>
    </message>
    <message>
        <source>Per-object &amp;overhead:</source>
        <translation>每对象开销(&amp;O)：</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>Request overhead per object.</source>
        <translation>每个对象的请求开销。</translation>
    </message>
    <message>
        <source>Worker &amp;cap:</source>
        <translation>Worker 限速(&amp;C)：</translation>
    </message>
    <message>
        <source>ossimport's workerMaxThroughput per worker; 0 means unlimited.</source>
        <translation>每个 Worker 的 ossimport workerMaxThroughput；0 表示不限。</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>Data &amp;volume:</source>
        <translation>数据量(&amp;V)：</translation>
    </message>
    <message>
        <source>Bytes to copy (SMC: used disk space).</source>
        <translation>要复制的字节数（SMC：已用磁盘空间）。</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>行数(&amp;R)：</translation>
    </message>
    <message>
        <source>DTS: rows to load, or the backlog to drain during incremental sync.</source>
        <translation>DTS：要加载的行数，或增量同步期间要追平的积压行数。</translation>
    </message>
    <message>
        <source>Ob&amp;jects:</source>
        <translation>对象数(&amp;J)：</translation>
    </message>
    <message>
        <source>Schema objects, or objects to import.</source>
        <translation>结构对象数，或要导入的对象数。</translation>
    </message>
    <message>
        <source>Disk &amp;size:</source>
        <translation>磁盘大小(&amp;S)：</translation>
    </message>
    <message>
        <source>SMC: total disk size an incremental run compares.</source>
        <translation>SMC：每轮增量同步要比对的磁盘总大小。</translation>
    </message>
    <message>
        <source>C&amp;hanged per run:</source>
        <translation>每轮变更量(&amp;H)：</translation>
    </message>
    <message>
        <source>SMC: data changed between incremental runs.</source>
        <translation>SMC：两轮增量同步之间变更的数据量。</translation>
    </message>
    <message>
        <source>Source &amp;changes:</source>
        <translation>源端变更(&amp;C)：</translation>
    </message>
    <message>
        <source>DTS: rows per second the source writes during the migration.</source>
        <translation>DTS：迁移期间源端每秒写入的行数。</translation>
    </message>
    <message>
        <source>Your &amp;own estimate:</source>
        <translation>自行估计(&amp;O)：</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Hours, for phases Ferry cannot compute (checks, DNS, windows); replaces the computed estimate.</source>
        <translation>以小时计，用于 Ferry 无法计算的阶段（检查、DNS、窗口期）；将取代计算得出的估算。</translation>
    </message>
    <message>
        <source>Band&amp;width (this phase):</source>
        <translation>带宽（本阶段）(&amp;W)：</translation>
    </message>
    <message>
        <source>Replaces the plan's bandwidth for this phase.</source>
        <translation>在本阶段取代计划的带宽。</translation>
    </message>
    <message>
        <source>Disk read (this phase):</source>
        <translation>磁盘读取（本阶段）：</translation>
    </message>
    <message>
        <source>Replaces the plan's disk read speed for this phase.</source>
        <translation>在本阶段取代计划的磁盘读取速度。</translation>
    </message>
    <message>
        <source>Rows/s (this phase):</source>
        <translation>行/秒（本阶段）：</translation>
    </message>
    <message>
        <source>Replaces the plan's DTS rate for this phase.</source>
        <translation>在本阶段取代计划的 DTS 速率。</translation>
    </message>
    <message>
        <source>Throughput (this phase):</source>
        <translation>吞吐（本阶段）：</translation>
    </message>
    <message>
        <source>Replaces the plan's MMS throughput for this phase.</source>
        <translation>在本阶段取代计划的 MMS 吞吐。</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>On the critical path</source>
        <translation>位于关键路径上</translation>
    </message>
    <message>
        <source>The estimate is longer than the planned time.</source>
        <translation>估算时长超过了计划时长。</translation>
    </message>
    <message>
        <source>Add phases to the plan to see how long each should take.</source>
        <translation>向计划中添加阶段后，即可看到每个阶段需要多长时间。</translation>
    </message>
    <message>
        <source>Critical path: %1 (%2).</source>
        <translation>关键路径：%1（%2）。</translation>
    </message>
    <message>
        <source>Critical path: %1 (%2). Phases without an estimate count as zero: enter their workload or your own estimate on the right (%3 left).</source>
        <translation>关键路径：%1（%2）。没有估算的阶段按零计：请在右侧填写其工作量或您自己的估计（还剩 %3 个）。</translation>
    </message>
    <message>
        <source>Workload of %1</source>
        <translation>%1 的工作量</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>工作量</translation>
    </message>
</context>
<context>
    <name>ferry::gui::Evidence</name>
    <message>
        <source>A person attests that it holds.</source>
        <translation>有人确认该条件成立。</translation>
    </message>
    <message>
        <source>A person attests that it does not hold.</source>
        <translation>有人确认该条件不成立。</translation>
    </message>
    <message>
        <source>The last observation is too old to decide on.</source>
        <translation>最近一次观测已过时，不能据此决策。</translation>
    </message>
    <message>
        <source>The DTS precheck has not been observed yet.</source>
        <translation>尚未观测到 DTS 预检查。</translation>
    </message>
    <message>
        <source>The precheck finished and no item failed.</source>
        <translation>预检查已完成，没有失败项。</translation>
    </message>
    <message>
        <source>The precheck finished, but some items failed.</source>
        <translation>预检查已完成，但有检查项失败。</translation>
    </message>
    <message>
        <source>The precheck failed.</source>
        <translation>预检查失败。</translation>
    </message>
    <message>
        <source>The precheck has not finished.</source>
        <translation>预检查尚未完成。</translation>
    </message>
    <message>
        <source>The precheck is in a state Ferry does not know.</source>
        <translation>预检查处于 Ferry 无法识别的状态。</translation>
    </message>
    <message>
        <source>The MMS job's tasks have not been observed yet.</source>
        <translation>尚未观测到 MMS 作业的任务。</translation>
    </message>
    <message>
        <source>The MMS job has no tasks.</source>
        <translation>MMS 作业没有任务。</translation>
    </message>
    <message>
        <source>Some MMS tasks failed.</source>
        <translation>部分 MMS 任务失败。</translation>
    </message>
    <message>
        <source>Not every MMS task is DONE yet.</source>
        <translation>尚非所有 MMS 任务都为 DONE。</translation>
    </message>
    <message>
        <source>The verification of some tables failed.</source>
        <translation>部分表的校验失败。</translation>
    </message>
    <message>
        <source>Some tables have no verification result yet.</source>
        <translation>部分表尚无校验结果。</translation>
    </message>
    <message>
        <source>Every task is DONE and every table passed verification.</source>
        <translation>所有任务均为 DONE，所有表均通过校验。</translation>
    </message>
    <message>
        <source>The SMC job has not been observed yet.</source>
        <translation>尚未观测到 SMC 作业。</translation>
    </message>
    <message>
        <source>The SMC job runs once; it has no incremental runs.</source>
        <translation>该 SMC 作业只运行一次，没有增量同步。</translation>
    </message>
    <message>
        <source>The SMC job is not Waiting between incremental runs.</source>
        <translation>该 SMC 作业在两轮增量同步之间不处于 Waiting 状态。</translation>
    </message>
    <message>
        <source>No incremental run has finished yet.</source>
        <translation>尚无已完成的增量同步。</translation>
    </message>
    <message>
        <source>The last incremental run is older than allowed.</source>
        <translation>最近一轮增量同步的时间超出了允许范围。</translation>
    </message>
    <message>
        <source>The job is Waiting and its last incremental run is recent.</source>
        <translation>作业处于 Waiting 状态，且最近一轮增量同步足够新。</translation>
    </message>
    <message>
        <source>The DTS precheck flagged the account's privileges.</source>
        <translation>DTS 预检查标记了该账号的权限问题。</translation>
    </message>
    <message>
        <source>Nobody has attested the replication account's privileges yet.</source>
        <translation>尚无人确认复制账号的权限。</translation>
    </message>
    <message>
        <source>A cutover has no rollback path.</source>
        <translation>有割接没有回滚路径。</translation>
    </message>
    <message>
        <source>Rollback preparations are not all done.</source>
        <translation>回滚准备工作尚未全部完成。</translation>
    </message>
    <message>
        <source>The rollback path has nothing to prepare.</source>
        <translation>该回滚路径没有需要准备的事项。</translation>
    </message>
    <message>
        <source>Every rollback preparation is done and attested.</source>
        <translation>所有回滚准备工作均已完成并确认。</translation>
    </message>
    <message>
        <source>No lag has been observed yet.</source>
        <translation>尚未观测到延迟数据。</translation>
    </message>
    <message>
        <source>The lag samples stop before now: the data is stale.</source>
        <translation>延迟采样在当前时间之前就中断了：数据已过时。</translation>
    </message>
    <message>
        <source>The samples do not cover the start of the window.</source>
        <translation>采样未覆盖时间窗口的开始。</translation>
    </message>
    <message>
        <source>A gap between samples is larger than allowed.</source>
        <translation>采样间隔超过了允许值。</translation>
    </message>
    <message>
        <source>Lag reached the threshold within the window.</source>
        <translation>时间窗口内延迟达到了阈值。</translation>
    </message>
    <message>
        <source>A lag sample is invalid (negative).</source>
        <translation>有延迟采样无效（为负值）。</translation>
    </message>
    <message>
        <source>Lag stayed under the threshold for the whole window.</source>
        <translation>整个时间窗口内延迟始终低于阈值。</translation>
    </message>
    <message>
        <source>Nobody has attested this yet.</source>
        <translation>尚无人确认。</translation>
    </message>
    <message>
        <source>DTS job</source>
        <translation>DTS 任务</translation>
    </message>
    <message>
        <source>MMS job</source>
        <translation>MMS 作业</translation>
    </message>
    <message>
        <source>SMC job</source>
        <translation>SMC 作业</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Observed at</source>
        <translation>观测时间</translation>
    </message>
    <message>
        <source>Maximum observation age (min)</source>
        <translation>观测最长有效期（分钟）</translation>
    </message>
    <message>
        <source>Precheck items</source>
        <translation>预检查项</translation>
    </message>
    <message>
        <source>Failed items</source>
        <translation>失败项</translation>
    </message>
    <message>
        <source>Items with warnings</source>
        <translation>告警项</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Tasks DONE</source>
        <translation>已完成任务</translation>
    </message>
    <message>
        <source>Tasks failed</source>
        <translation>失败任务</translation>
    </message>
    <message>
        <source>Tables verified</source>
        <translation>已校验的表</translation>
    </message>
    <message>
        <source>Verification failed</source>
        <translation>校验失败</translation>
    </message>
    <message>
        <source>Verification missing</source>
        <translation>缺少校验</translation>
    </message>
    <message>
        <source>Runs every (h)</source>
        <translation>运行间隔（小时）</translation>
    </message>
    <message>
        <source>Maximum run age (min)</source>
        <translation>运行最长间隔（分钟）</translation>
    </message>
    <message>
        <source>Last run ended</source>
        <translation>最近一轮结束时间</translation>
    </message>
    <message>
        <source>Last run age (min)</source>
        <translation>距最近一轮（分钟）</translation>
    </message>
    <message>
        <source>Flagged items</source>
        <translation>被标记的检查项</translation>
    </message>
    <message>
        <source>Precheck flags nothing</source>
        <translation>预检查未标记任何问题</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Preparations</source>
        <translation>准备事项</translation>
    </message>
    <message>
        <source>Missing rollback paths</source>
        <translation>缺少的回滚路径</translation>
    </message>
    <message>
        <source>Unprepared steps</source>
        <translation>未完成的准备步骤</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>准备人</translation>
    </message>
    <message>
        <source>Threshold (ms)</source>
        <translation>阈值（毫秒）</translation>
    </message>
    <message>
        <source>Window start</source>
        <translation>窗口开始</translation>
    </message>
    <message>
        <source>Window end</source>
        <translation>窗口结束</translation>
    </message>
    <message>
        <source>Maximum gap (s)</source>
        <translation>最大间隔（秒）</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>采样数</translation>
    </message>
    <message>
        <source>Latest sample</source>
        <translation>最新采样</translation>
    </message>
    <message>
        <source>Maximum lag (ms)</source>
        <translation>最大延迟（毫秒）</translation>
    </message>
    <message>
        <source>Latest lag (ms)</source>
        <translation>最新延迟（毫秒）</translation>
    </message>
    <message>
        <source>Largest gap (ms)</source>
        <translation>最大间隔（毫秒）</translation>
    </message>
    <message>
        <source>Last time at or over the threshold</source>
        <translation>最近一次达到或超过阈值的时间</translation>
    </message>
    <message>
        <source>GO possible at the earliest</source>
        <translation>最早可 GO 时间</translation>
    </message>
    <message>
        <source>Attested by</source>
        <translation>确认人</translation>
    </message>
    <message>
        <source>Attested at</source>
        <translation>确认时间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>假设</translation>
    </message>
    <message>
        <source>Attestation dated in the future (ignored)</source>
        <translation>确认日期在将来（已忽略）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Verified · %1</source>
        <translation>已验证 · %1</translation>
    </message>
    <message>
        <source>Attested by %1 · %2</source>
        <translation>由 %1 确认 · %2</translation>
    </message>
    <message>
        <source>%1 Note: %2</source>
        <translation>%1说明：%2</translation>
    </message>
    <message>
        <source>%1 Assumed: %2</source>
        <translation>%1假设：%2</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>证据：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Evaluated at %1</source>
        <translation>评估时间：%1</translation>
    </message>
    <message>
        <source>GO</source>
        <translation>GO</translation>
    </message>
    <message>
        <source>GO with override</source>
        <translation>强制放行 GO</translation>
    </message>
    <message>
        <source>NO-GO</source>
        <translation>NO-GO</translation>
    </message>
    <message>
        <source>The gate is no longer in the plan.</source>
        <translation>该关口已不在计划中。</translation>
    </message>
    <message>
        <source>Enter the name of who decides.</source>
        <translation>请输入决策人的姓名。</translation>
    </message>
    <message>
        <source>The decision time is not valid.</source>
        <translation>决策时间无效。</translation>
    </message>
    <message>
        <source>No evaluation for: %1.</source>
        <translation>以下条件没有评估结果：%1。</translation>
    </message>
    <message>
        <source>Refused: %1 not GO. A GO needs an override reason.</source>
        <translation>已拒绝：%1 未达到 GO。此时 GO 需要填写强制放行理由。</translation>
    </message>
</context>
<context>
    <name>ferry::gui::FindingsList</name>
    <message>
        <source>Press Enter on a finding to select its phase.</source>
        <translation>在某条检查结果上按 Enter 可选中对应阶段。</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>规则 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sequencing&lt;/b&gt;</source>
        <translation>&lt;b&gt;顺序检查&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add phases and Ferry checks their order here: dependencies, cutovers after checks and backups, DNS/LB last, decommission after the rollback window.</source>
        <translation>添加阶段后，Ferry 会在此检查它们的顺序：依赖关系、割接在检查和备份之后、DNS/负载均衡最后割接、下线在回滚窗口期之后。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sequencing&lt;/b&gt; — no problems</source>
        <translation>&lt;b&gt;顺序检查&lt;/b&gt; — 没有问题</translation>
    </message>
    <message>
        <source>Every rule Ferry checks holds: dependencies, cutovers after checks and backups, DNS/LB last, gates and rollback paths on cutovers, decommission after the rollback window, dates in order.</source>
        <translation>Ferry 检查的所有规则均满足：依赖关系、割接在检查和备份之后、DNS/负载均衡最后割接、割接有关口和回滚路径、下线在回滚窗口期之后、日期顺序正确。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sequencing&lt;/b&gt; — errors: %1, warnings: %2</source>
        <translation>&lt;b&gt;顺序检查&lt;/b&gt; — 错误：%1，警告：%2</translation>
    </message>
</context>
<context>
    <name>ferry::gui::GanttView</name>
    <message>
        <source>Timeline of the plan</source>
        <translation>计划时间线</translation>
    </message>
    <message>
        <source>Point of no return: once %1 completes, the migration cannot be undone.</source>
        <translation>不可回退点：%1 完成后，迁移将无法撤销。</translation>
    </message>
    <message>
        <source>%1 · %2 · owner: %3</source>
        <translation>%1 · %2 · 负责人：%3</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Planned: %1 → %2</source>
        <translation>计划：%1 → %2</translation>
    </message>
    <message>
        <source>Actual: %1 → %2</source>
        <translation>实际：%1 → %2</translation>
    </message>
    <message>
        <source>under way</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>&lt;span style='color:#d4451f'&gt;Late by %1&lt;/span&gt;</source>
        <translation>&lt;span style='color:#d4451f'&gt;延迟 %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style='color:#82071e'&gt;No way back after this phase: %1&lt;/span&gt;</source>
        <translation>&lt;span style='color:#82071e'&gt;此阶段之后无法回退：%1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>This plan has no phases yet. Add phases in the planner to see them here.</source>
        <translation>此计划还没有阶段。在计划编辑器中添加阶段后即可在此看到。</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>ddd MMM d</source>
        <comment>timeline day heading</comment>
        <translation>M月d日 ddd</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <comment>timeline hour tick</comment>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>timeline month heading</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>d</source>
        <comment>timeline day number</comment>
        <translation>d</translation>
    </message>
    <message>
        <source>Point of no return</source>
        <translation>不可回退点</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>ferry::gui::GatesPanel</name>
    <message>
        <source>&amp;Attest…</source>
        <translation>确认(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Decide GO / NO-GO…</source>
        <translation>GO / NO-GO 决策(&amp;D)…</translation>
    </message>
    <message>
        <source>Gate / criterion</source>
        <translation>关口 / 判定条件</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决策</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>关口</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>决策人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Reason or note</source>
        <translation>理由或备注</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>State under your name whether the selected criterion holds (Ctrl+Shift+A).</source>
        <translation>以本人名义声明所选判定条件是否成立（Ctrl+Shift+A）。</translation>
    </message>
    <message>
        <source>Record GO or NO-GO for the selected gate with the evidence as it is now (Ctrl+Shift+G).</source>
        <translation>依据当前证据为所选关口记录 GO 或 NO-GO（Ctrl+Shift+G）。</translation>
    </message>
    <message>
        <source>&amp;Re-evaluate</source>
        <translation>重新评估(&amp;R)</translation>
    </message>
    <message>
        <source>Evaluate every criterion again now (F5).</source>
        <translation>立即重新评估所有判定条件（F5）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decisions recorded&lt;/b&gt; (kept as recorded, with a digest of the evidence)</source>
        <translation>&lt;b&gt;已记录的决策&lt;/b&gt;（按记录原样保存，附证据摘要）</translation>
    </message>
    <message>
        <source>Decided: %1</source>
        <translation>已决策：%1</translation>
    </message>
    <message>
        <source>Guards %1. %2 by %3, %4.</source>
        <translation>把守 %1。%3 于 %4 决策 %2。</translation>
    </message>
    <message>
        <source>Guards %1. No decision yet.</source>
        <translation>把守 %1。尚未决策。</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1（可选）</translation>
    </message>
    <message>
        <source>This plan has no go/no-go gates. Gates guard the cutovers: each lists the criteria that must hold before anyone says GO.</source>
        <translation>此计划没有 GO/NO-GO 关口。关口把守各次割接：每个关口列出在任何人说 GO 之前必须成立的条件。</translation>
    </message>
    <message>
        <source>Gates now: %1 GO, %2 NO-GO, %3 unknown (evaluated at %4). Select a criterion to attest it, or a gate to decide GO or NO-GO.</source>
        <translation>当前关口：%1 个 GO，%2 个 NO-GO，%3 个未知（评估时间 %4）。选择某个判定条件可进行确认，选择某个关口可决策 GO 或 NO-GO。</translation>
    </message>
    <message>
        <source>%1 (overrides %2)</source>
        <translation>%1（强制放行 %2）</translation>
    </message>
    <message>
        <source>This criterion rests on monitored data or on the rollback preparations (Rollback tab), not on a person's word.</source>
        <translation>此判定条件依据的是监控数据或回滚准备工作（“回滚”标签页），而不是个人声明。</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
</context>
<context>
    <name>ferry::gui::HealthLegend</name>
    <message>
        <source>Health:</source>
        <translation>健康状态：</translation>
    </message>
    <message>
        <source>Running, waiting or completed as expected.</source>
        <translation>按预期运行、等待或已完成。</translation>
    </message>
    <message>
        <source>Needs a look: paused, stopped, retrying, or lag at or over the threshold.</source>
        <translation>需要关注：已暂停、已停止、正在重试，或延迟达到或超过阈值。</translation>
    </message>
    <message>
        <source>Running, but no progress for longer than the stall threshold.</source>
        <translation>正在运行，但超过停滞阈值仍无进展。</translation>
    </message>
    <message>
        <source>The service reports a failure.</source>
        <translation>服务报告失败。</translation>
    </message>
</context>
<context>
    <name>ferry::gui::JobDetailPage</name>
    <message>
        <source>← Dashboard</source>
        <translation>← 总览</translation>
    </message>
    <message>
        <source>Back to every job (Esc)</source>
        <translation>返回全部任务 (Esc)</translation>
    </message>
    <message>
        <source>This job is no longer listed by the service. It may have been deleted.</source>
        <translation>服务已不再列出此任务，它可能已被删除。</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>lag %1</source>
        <translation>延迟 %1</translation>
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
    <name>ferry::gui::LagNotifier</name>
    <message>
        <source>Ferry</source>
        <translation>Ferry</translation>
    </message>
    <message>
        <source>Replication lag over %1</source>
        <translation>同步延迟超过 %1</translation>
    </message>
    <message>
        <source>Replication lag back under %1</source>
        <translation>同步延迟已回落到 %1 以下</translation>
    </message>
    <message>
        <source>%1: the lag is %2.</source>
        <translation>%1：延迟为 %2。</translation>
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
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>仪表板(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Planner</source>
        <translation>割接计划(&amp;P)</translation>
    </message>
    <message>
        <source>Manager &amp;Timeline</source>
        <translation>管理时间线(&amp;T)</translation>
    </message>
    <message>
        <source>The plan as a Gantt chart for managers: planned against actual, gates, point of no return, risks.</source>
        <translation>面向管理者的甘特图：计划与实际对比、关口、不可回退点、风险。</translation>
    </message>
    <message>
        <source>%1[*] — Ferry</source>
        <translation>%1[*] — Ferry</translation>
    </message>
    <message>
        <source>&amp;Notify When Replication Lag Crosses 5 s</source>
        <translation>同步延迟越过 5 秒时通知(&amp;N)</translation>
    </message>
    <message>
        <source>A desktop notification while Ferry is in the background</source>
        <translation>Ferry 在后台时显示桌面通知</translation>
    </message>
    <message>
        <source>&amp;Migrate</source>
        <translation>迁移(&amp;M)</translation>
    </message>
    <message>
        <source>Connect to Alibaba Cloud or the sandbox first.</source>
        <translation>请先连接阿里云或沙箱。</translation>
    </message>
    <message>
        <source>Migrate a MySQL database with Data Transmission Service, step by step.</source>
        <translation>使用数据传输服务逐步迁移 MySQL 数据库。</translation>
    </message>
    <message>
        <source>&amp;Servers (SMC)…</source>
        <translation>服务器（SMC）(&amp;S)…</translation>
    </message>
    <message>
        <source>Migrate a server to Alibaba Cloud with Server Migration Center</source>
        <translation>使用服务器迁移中心将服务器迁移到阿里云</translation>
    </message>
    <message>
        <source>&amp;MaxCompute Warehouse (MMS)…</source>
        <translation>MaxCompute 数据仓库（MMS）(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Database (DTS)…</source>
        <translation>数据库（DTS）(&amp;D)…</translation>
    </message>
    <message>
        <source>Migrate a data warehouse to MaxCompute step by step</source>
        <translation>分步将数据仓库迁移到 MaxCompute</translation>
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
    <name>ferry::gui::MmsBrowsePage</name>
    <message>
        <source>Databases, Tables and Partitions</source>
        <translation>数据库、表和分区</translation>
    </message>
    <message>
        <source>Tick the tables to migrate; open a table to see its columns and pick partitions. Flagged column types lose precision or structure in MaxCompute.</source>
        <translation>勾选要迁移的表；选中某个表可查看其列并挑选分区。带标记的列类型在 MaxCompute 中会损失精度或结构。</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>Part of a table name</source>
        <translation>表名的一部分</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>筛选(&amp;F)：</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation>分区</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Target (project.schema.table)</source>
        <translation>目标（项目.Schema.表）</translation>
    </message>
    <message>
        <source>Type conversion</source>
        <translation>类型转换</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>In MaxCompute</source>
        <translation>在 MaxCompute 中</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>分区</translation>
    </message>
    <message>
        <source>Tables go to the project %1 under the same names unless a mapping says otherwise. Mappings are set in the &lt;a href="%2"&gt;MaxCompute console&lt;/a&gt;; refresh this page afterwards.</source>
        <translation>除非映射另有规定，表将以相同名称迁移到项目 %1。映射在 &lt;a href="%2"&gt;MaxCompute 控制台&lt;/a&gt;中设置；设置后请刷新本页。</translation>
    </message>
    <message>
        <source>Listing databases…</source>
        <translation>正在列出数据库…</translation>
    </message>
    <message>
        <source>MMS lists no databases yet: scan first.</source>
        <translation>MMS 尚未列出任何数据库：请先扫描。</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s), %1, %2 rows; status %3</source>
        <translation>
            <numerusform>%n 个表，%1，%2 行；状态：%3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>lossless</source>
        <translation>无损</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>%1 (partition key)</source>
        <translation>%1（分区键）</translation>
    </message>
    <message>
        <source>Showing %1 of %2 partitions; use a partition filter on the next page for the rest.</source>
        <translation>显示 %2 个分区中的 %1 个；其余分区请在下一页使用分区过滤条件。</translation>
    </message>
</context>
<context>
    <name>ferry::gui::MmsConfirmPage</name>
    <message>
        <source>The job starts as soon as it is created.</source>
        <translation>作业创建后立即开始运行。</translation>
    </message>
    <message>
        <source>Writes to the source tables must stop until the job is done and verified; rows written meanwhile may be missed.</source>
        <translation>在作业完成并校验之前，必须停止对源表的写入；期间写入的行可能会遗漏。</translation>
    </message>
    <message>
        <source>Verification is off: row counts will not be compared.</source>
        <translation>校验已关闭：不会比对行数。</translation>
    </message>
    <message>
        <source>Confirm the Migration Job</source>
        <translation>确认迁移作业</translation>
    </message>
    <message>
        <source>These are exactly the parameters Ferry will send.</source>
        <translation>以下正是 Ferry 将发送的参数。</translation>
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
        <source>&amp;Create Job…</source>
        <translation>创建作业(&amp;C)…</translation>
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
        <source>Not every prerequisite is confirmed yet; the job fails if one is missing.</source>
        <translation>并非所有前提条件都已确认；缺少任何一项都会导致作业失败。</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Create the migration job %1</source>
        <translation>创建迁移作业 %1</translation>
    </message>
    <message>
        <source>MMS migrates %1.%2 from %3 to the MaxCompute project %4.</source>
        <translation>MMS 将把 %1.%2（%3）迁移到 MaxCompute 项目 %4。</translation>
    </message>
    <message>
        <source>Create Job</source>
        <translation>创建作业</translation>
    </message>
    <message>
        <source>Creating the job…</source>
        <translation>正在创建作业…</translation>
    </message>
    <message>
        <source>The job had already been created (found by its name).</source>
        <translation>该作业此前已创建（按名称找到）。</translation>
    </message>
    <message>
        <source>Job created.</source>
        <translation>作业已创建。</translation>
    </message>
</context>
<context>
    <name>ferry::gui::MmsDataSourcePage</name>
    <message>
        <source>Data Source</source>
        <translation>数据源</translation>
    </message>
    <message>
        <source>Choose where the data comes from. Data sources are created in the MaxCompute console; refresh the list after creating one.</source>
        <translation>选择数据来源。数据源在 MaxCompute 控制台中创建；创建后请刷新列表。</translation>
    </message>
    <message>
        <source>Data source &amp;name:</source>
        <translation>数据源名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Type a name, e.g. hive_prod</source>
        <translation>输入名称，例如 hive_prod</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Use the Selected Data Source</source>
        <translation>使用所选数据源(&amp;U)</translation>
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
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>元数据</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Create in &amp;Console…</source>
        <translation>在控制台中创建(&amp;C)…</translation>
    </message>
    <message>
        <source>Data sources are created in the MaxCompute console, not by Ferry</source>
        <translation>数据源在 MaxCompute 控制台中创建，而不是由 Ferry 创建</translation>
    </message>
    <message>
        <source>Chosen data source</source>
        <translation>已选数据源</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>尚未选择。</translation>
    </message>
    <message>
        <source>Listing data sources…</source>
        <translation>正在列出数据源…</translation>
    </message>
    <message numerus="yes">
        <source>%n data source(s).</source>
        <translation>
            <numerusform>%n 个数据源。</numerusform>
        </translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>not scanned</source>
        <translation>未扫描</translation>
    </message>
    <message>
        <source>%1 (ID %2, %3, %4)</source>
        <translation>%1（ID %2，%3，%4）</translation>
    </message>
</context>
<context>
    <name>ferry::gui::MmsDetailPanel</name>
    <message>
        <source>Tasks by status</source>
        <translation>按状态统计的子任务</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>子任务</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>%1 的进度</translation>
    </message>
    <message>
        <source>Source %1, database %2 → %3.
Tasks done: %4 of %5.</source>
        <translation>数据源 %1，数据库 %2 → %3。
已完成子任务：%4 / %5。</translation>
    </message>
</context>
<context>
    <name>ferry::gui::MmsGranularityPage</name>
    <message>
        <source>What the Job Migrates</source>
        <translation>作业迁移的范围</translation>
    </message>
    <message>
        <source>One job migrates one source database: all of it, the tables you ticked, or some of their partitions.</source>
        <translation>一个作业迁移一个源数据库：整个数据库、您勾选的表，或这些表的部分分区。</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>The &amp;whole database</source>
        <translation>整个数据库(&amp;W)</translation>
    </message>
    <message>
        <source>Only these tables (comma-separated)</source>
        <translation>仅这些表（以逗号分隔）</translation>
    </message>
    <message>
        <source>Every table except these (comma-separated)</source>
        <translation>除这些表之外的所有表（以逗号分隔）</translation>
    </message>
    <message>
        <source>White list:</source>
        <translation>白名单：</translation>
    </message>
    <message>
        <source>Black list:</source>
        <translation>黑名单：</translation>
    </message>
    <message>
        <source>The &amp;chosen tables</source>
        <translation>所选的表(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Partitions of the chosen tables</source>
        <translation>所选表的分区(&amp;P)</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Partition filter, e.g. ds &gt;= '20260101'</source>
        <translation>分区过滤条件，例如 ds &gt;= '20260101'</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Migrate the &amp;schema (create the tables)</source>
        <translation>迁移表结构(&amp;S)（创建表）</translation>
    </message>
    <message>
        <source>Migrate the &amp;data</source>
        <translation>迁移数据(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Verify row counts afterwards</source>
        <translation>完成后校验行数(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Incremental: only partitions changed since the last migration</source>
        <translation>增量(&amp;I)：仅迁移上次迁移后变化的分区</translation>
    </message>
    <message>
        <source>Job &amp;name:</source>
        <translation>作业名称(&amp;N)：</translation>
    </message>
    <message>
        <source>No tables ticked on the previous page.</source>
        <translation>上一页未勾选任何表。</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s): %1</source>
        <translation>
            <numerusform>%n 个表：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partition(s) ticked; a filter selects more.</source>
        <translation>
            <numerusform>已勾选 %n 个分区；过滤条件可选择更多分区。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::gui::MmsMonitorPage</name>
    <message>
        <source>Monitor the Job</source>
        <translation>监控作业</translation>
    </message>
    <message>
        <source>Ferry looks every 30 seconds. A job runs one task per table or group of partitions; a failed task can be retried on its own.</source>
        <translation>Ferry 每 30 秒查看一次。作业为每个表或每组分区运行一个子任务；失败的子任务可以单独重试。</translation>
    </message>
    <message>
        <source>Migration job</source>
        <translation>迁移作业</translation>
    </message>
    <message>
        <source>Waiting for MMS to create the job…</source>
        <translation>正在等待 MMS 创建作业…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Retry &amp;Job…</source>
        <translation>重试作业(&amp;J)…</translation>
    </message>
    <message>
        <source>Runs every failed task of the job again</source>
        <translation>重新运行该作业中所有失败的子任务</translation>
    </message>
    <message>
        <source>Tasks of this job</source>
        <translation>该作业的子任务</translation>
    </message>
    <message>
        <source>Task ID</source>
        <translation>子任务 ID</translation>
    </message>
    <message>
        <source>Source table</source>
        <translation>源表</translation>
    </message>
    <message>
        <source>Target table</source>
        <translation>目标表</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>重试次数</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>已启动</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Select a task to see its detail and logs.</source>
        <translation>选择一个子任务以查看其详情和日志。</translation>
    </message>
    <message>
        <source>Retry &amp;Task…</source>
        <translation>重试子任务(&amp;T)…</translation>
    </message>
    <message>
        <source>Runs the failed phase of this task again</source>
        <translation>重新运行该子任务失败的阶段</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>a job</source>
        <translation>一个任务</translation>
    </message>
    <message>
        <source>a task</source>
        <translation>一个子任务</translation>
    </message>
    <message>
        <source>The job is stopped; start it again first.</source>
        <translation>作业已停止；请先重新启动它。</translation>
    </message>
    <message>
        <source>MMS could not create the job: %1</source>
        <translation>MMS 无法创建作业：%1</translation>
    </message>
    <message>
        <source>%1, stopped</source>
        <translation>%1，已停止</translation>
    </message>
    <message numerus="yes">
        <source>Job %1 (ID %2): %3. %4 of %n task(s) done.</source>
        <translation>
            <numerusform>作业 %1（ID %2）：%3。%n 个子任务中已完成 %4 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No tasks yet.</source>
        <translation>尚无子任务。</translation>
    </message>
    <message>
        <source>Tasks by status: %1</source>
        <translation>按状态统计子任务：%1</translation>
    </message>
    <message>
        <source>Task %1 of job %2: %3.%4 → %5.%6, %7, retried %8 times.</source>
        <translation>作业 %2 的子任务 %1：%3.%4 → %5.%6，%7，已重试 %8 次。</translation>
    </message>
    <message>
        <source>Retry task %1 (%2.%3)</source>
        <translation>重试子任务 %1（%2.%3）</translation>
    </message>
    <message>
        <source>MMS runs the failed phase of this one task again; the other tasks of the job are not touched.</source>
        <translation>MMS 将重新运行此子任务失败的阶段；该作业的其他子任务不受影响。</translation>
    </message>
    <message>
        <source>Retry Task</source>
        <translation>重试子任务</translation>
    </message>
    <message>
        <source>Retry requested.</source>
        <translation>已请求重试。</translation>
    </message>
    <message>
        <source>Retry job %1</source>
        <translation>重试作业 %1</translation>
    </message>
    <message>
        <source>MMS runs every failed task of this job again.</source>
        <translation>MMS 将重新运行该作业中所有失败的子任务。</translation>
    </message>
    <message>
        <source>Retry Job</source>
        <translation>重试作业</translation>
    </message>
    <message>
        <source>Task or job ID, or source table name</source>
        <translation>子任务或作业 ID，或源表名</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>查找(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <source>Neither this job nor any of its tasks has the ID or name “%1”. Check what you typed; task IDs are in the first column.</source>
        <translation>此作业及其子任务都没有 ID 或名称“%1”。请检查输入；子任务 ID 在第一列。</translation>
    </message>
    <message>
        <source>“%1” is the job itself (ID %2): its state and Retry Job are above; they act on every task.</source>
        <translation>“%1”是作业本身（ID %2）：其状态和“重试作业”在上方，作用于所有子任务。</translation>
    </message>
    <message>
        <source>Task %1 selected: its detail and logs are below.</source>
        <translation>已选中子任务 %1：其详情和日志见下方。</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks copy “%1”; the first, task %2, is selected.</source>
        <translation><numerusform>有 %n 个任务复制“%1”；已选中第一个，即任务 %2。</numerusform></translation>
    </message>
</context>
<context>
    <name>ferry::gui::MmsPrerequisitesPage</name>
    <message>
        <source>Before You Start</source>
        <translation>开始之前</translation>
    </message>
    <message>
        <source>MMS works through a service-linked role in a target project with a Data Transfer quota. Checks that need the data source are completed once you choose it; you can come back here at any time.</source>
        <translation>MMS 通过服务关联角色在绑定了数据传输配额的目标项目中工作。依赖数据源的检查将在您选择数据源后完成；您可以随时返回此页。</translation>
    </message>
    <message>
        <source>Ferry could not read the account id: %1</source>
        <translation>Ferry 无法读取账号 ID：%1</translation>
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
    <name>ferry::gui::MmsScanPage</name>
    <message>
        <source>Metadata Scan</source>
        <translation>元数据扫描</translation>
    </message>
    <message>
        <source>MMS reads the databases, tables and partitions of the source before any can be chosen. A scan takes from a minute to a few minutes.</source>
        <translation>MMS 需要先读取源端的数据库、表和分区，才能进行选择。一次扫描需要一到几分钟。</translation>
    </message>
    <message>
        <source>Every database</source>
        <translation>所有数据库</translation>
    </message>
    <message>
        <source>&amp;Database to scan:</source>
        <translation>要扫描的数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Start Scan</source>
        <translation>开始扫描(&amp;S)</translation>
    </message>
    <message>
        <source>Stop &amp;Watching</source>
        <translation>停止跟踪(&amp;W)</translation>
    </message>
    <message>
        <source>MMS cannot cancel a scan; Ferry stops following it</source>
        <translation>MMS 无法取消扫描；Ferry 只是停止跟踪</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>尚未开始。</translation>
    </message>
    <message>
        <source>%1 was scanned before; scan again to see recent changes.</source>
        <translation>%1 之前已扫描过；重新扫描可查看最近的变化。</translation>
    </message>
    <message>
        <source>%1 has not been scanned yet.</source>
        <translation>%1 尚未扫描。</translation>
    </message>
    <message>
        <source>Starting the scan…</source>
        <translation>正在启动扫描…</translation>
    </message>
    <message>
        <source>Scan %1 started.</source>
        <translation>扫描 %1 已开始。</translation>
    </message>
    <message>
        <source>Ferry stopped watching scan %1; it keeps running in MMS. Start a new scan to follow one again.</source>
        <translation>Ferry 已停止跟踪扫描 %1；它仍在 MMS 中运行。如需继续跟踪，请启动新的扫描。</translation>
    </message>
    <message>
        <source>Scan finished: %1 databases, %2 tables, %3 partitions.</source>
        <translation>扫描完成：%1 个数据库，%2 个表，%3 个分区。</translation>
    </message>
    <message>
        <source>Scan finished.</source>
        <translation>扫描完成。</translation>
    </message>
    <message>
        <source>The scan failed: %1</source>
        <translation>扫描失败：%1</translation>
    </message>
    <message>
        <source>Scanning… (%1)</source>
        <translation>正在扫描…（%1）</translation>
    </message>
</context>
<context>
    <name>ferry::gui::MmsTypeCheck</name>
    <message>
        <source>precision %1 exceeds MaxCompute's 38</source>
        <translation>精度 %1 超过 MaxCompute 的上限 38</translation>
    </message>
    <message>
        <source>scale %1 is reduced to 18</source>
        <translation>小数位数 %1 将降为 18</translation>
    </message>
    <message>
        <source>UNIONTYPE has no MaxCompute equivalent; stored as JSON text</source>
        <translation>UNIONTYPE 在 MaxCompute 中没有对应类型；以 JSON 文本存储</translation>
    </message>
    <message>
        <source>BIGNUMERIC exceeds DECIMAL(38,18)</source>
        <translation>BIGNUMERIC 超出 DECIMAL(38,18) 的范围</translation>
    </message>
    <message>
        <source>GEOGRAPHY is stored as WKT text</source>
        <translation>GEOGRAPHY 以 WKT 文本存储</translation>
    </message>
    <message>
        <source>INTERVAL is stored as ISO 8601 text</source>
        <translation>INTERVAL 以 ISO 8601 文本存储</translation>
    </message>
    <message>
        <source>VARIANT is stored as JSON</source>
        <translation>VARIANT 以 JSON 存储</translation>
    </message>
    <message>
        <source>TIME is stored as text</source>
        <translation>TIME 以文本存储</translation>
    </message>
</context>
<context>
    <name>ferry::gui::MmsVerifyPage</name>
    <message>
        <source>not verified yet</source>
        <translation>尚未校验</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>not verified (verification off)</source>
        <translation>未校验（校验已关闭）</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>MMS compares the row counts of source and target for each table; these are the results from the task logs.</source>
        <translation>MMS 会比对每个表源端与目标端的行数；以下是从子任务日志中读取的结果。</translation>
    </message>
    <message>
        <source>Source table</source>
        <translation>源表</translation>
    </message>
    <message>
        <source>Target table</source>
        <translation>目标表</translation>
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
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Reading the task logs…</source>
        <translation>正在读取子任务日志…</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n table(s) verified, %2 failed.</source>
        <translation>
            <numerusform>%n 个表中 %1 个校验通过，%2 个失败。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::gui::MmsWizard</name>
    <message>
        <source>Migrate a Data Warehouse to MaxCompute (MMS)</source>
        <translation>将数据仓库迁移到 MaxCompute（MMS）</translation>
    </message>
    <message>
        <source>Monitor the Job</source>
        <translation>监控作业</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>ferry::gui::MmsWizardSettings</name>
    <message>
        <source>Choose a data source.</source>
        <translation>请选择数据源。</translation>
    </message>
    <message>
        <source>Choose a source database.</source>
        <translation>请选择源数据库。</translation>
    </message>
    <message>
        <source>The data source has no target project; set its mapping in the console.</source>
        <translation>该数据源没有目标项目；请在控制台中设置其映射。</translation>
    </message>
    <message>
        <source>Give the job a name.</source>
        <translation>请为作业命名。</translation>
    </message>
    <message>
        <source>Migrate the schema, the data or both.</source>
        <translation>请选择迁移表结构、数据或两者。</translation>
    </message>
    <message>
        <source>Use either a white list or a black list, not both.</source>
        <translation>请只使用白名单或黑名单之一，不要同时使用。</translation>
    </message>
    <message>
        <source>Choose at least one table.</source>
        <translation>请至少选择一个表。</translation>
    </message>
    <message>
        <source>Choose partitions or give a partition filter.</source>
        <translation>请选择分区或填写分区过滤条件。</translation>
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
        <translation>正常</translation>
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
</context>
<context>
    <name>ferry::gui::OssImportDialog</name>
    <message>
        <source>Local directory</source>
        <translation>本地目录</translation>
    </message>
    <message>
        <source>Alibaba Cloud OSS</source>
        <translation>阿里云 OSS</translation>
    </message>
    <message>
        <source>Qiniu Kodo</source>
        <translation>七牛云 Kodo</translation>
    </message>
    <message>
        <source>Baidu BOS</source>
        <translation>百度智能云 BOS</translation>
    </message>
    <message>
        <source>Kingsoft KS3</source>
        <translation>金山云 KS3</translation>
    </message>
    <message>
        <source>Amazon S3</source>
        <translation>Amazon S3</translation>
    </message>
    <message>
        <source>UPYUN</source>
        <translation>又拍云</translation>
    </message>
    <message>
        <source>HTTP list of URLs</source>
        <translation>HTTP 地址列表</translation>
    </message>
    <message>
        <source>Tencent COS</source>
        <translation>腾讯云 COS</translation>
    </message>
    <message>
        <source>Azure Blob Storage</source>
        <translation>Azure Blob 存储</translation>
    </message>
    <message>
        <source>HDFS (through a local mount)</source>
        <translation>HDFS（通过本地挂载）</translation>
    </message>
    <message>
        <source>OSSImport Job</source>
        <translation>OSSImport 作业</translation>
    </message>
    <message>
        <source>(no phase)</source>
        <translation>（无阶段）</translation>
    </message>
    <message>
        <source>Standalone (one machine, local_job.cfg)</source>
        <translation>单机模式（一台机器，local_job.cfg）</translation>
    </message>
    <message>
        <source>Distributed (master and workers, job.cfg)</source>
        <translation>分布式模式（Master 与 Worker，job.cfg）</translation>
    </message>
    <message>
        <source>&amp;Job name:</source>
        <translation>作业名称(&amp;J)：</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>阶段(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>模式(&amp;M)：</translation>
    </message>
    <message>
        <source>Credentials are written as placeholders such as %1: fill them in on the machine that runs ossimport. Ferry never stores them.</source>
        <translation>凭证以 %1 等占位符写入：请在运行 ossimport 的机器上填写。Ferry 从不保存凭证。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Issues&lt;/b&gt;</source>
        <translation>&lt;b&gt;问题&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Generated files&lt;/b&gt;</source>
        <translation>&lt;b&gt;生成的文件&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Save Files…</source>
        <translation>保存文件(&amp;S)…</translation>
    </message>
    <message>
        <source>Write the generated files into a folder, e.g. ossimport's conf folder.</source>
        <translation>将生成的文件写入一个文件夹，例如 ossimport 的 conf 文件夹。</translation>
    </message>
    <message>
        <source>Save ossimport Files</source>
        <translation>保存 ossimport 文件</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>源类型(&amp;S)：</translation>
    </message>
    <message>
        <source>Source &amp;endpoint:</source>
        <translation>源端 Endpoint(&amp;E)：</translation>
    </message>
    <message>
        <source>Source &amp;bucket:</source>
        <translation>源 Bucket(&amp;B)：</translation>
    </message>
    <message>
        <source>Source &amp;prefix:</source>
        <translation>源前缀(&amp;P)：</translation>
    </message>
    <message>
        <source>COS &amp;AppId:</source>
        <translation>COS AppId(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;HDFS directory:</source>
        <translation>HDFS 目录(&amp;H)：</translation>
    </message>
    <message>
        <source>URL &amp;list file:</source>
        <translation>URL 列表文件(&amp;L)：</translation>
    </message>
    <message>
        <source>Prefi&amp;x column:</source>
        <translation>前缀列(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Relative path column:</source>
        <translation>相对路径列(&amp;R)：</translation>
    </message>
    <message>
        <source>Local and HDFS sources: the absolute directory (the HDFS mount point), ending in "/".</source>
        <translation>本地和 HDFS 源：绝对目录（HDFS 的挂载点），以“/”结尾。</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源端</translation>
    </message>
    <message>
        <source>The OSS endpoint without the bucket; use the internal endpoint when ossimport runs on ECS in the same region.</source>
        <translation>不含 Bucket 的 OSS Endpoint；ossimport 在同地域的 ECS 上运行时请使用内网 Endpoint。</translation>
    </message>
    <message>
        <source>Where the objects land in the bucket; no leading "/", a trailing "/".</source>
        <translation>对象在 Bucket 中的存放位置；开头不加“/”，结尾加“/”。</translation>
    </message>
    <message>
        <source>OSS &amp;endpoint:</source>
        <translation>OSS Endpoint(&amp;E)：</translation>
    </message>
    <message>
        <source>OSS &amp;bucket:</source>
        <translation>OSS Bucket(&amp;B)：</translation>
    </message>
    <message>
        <source>OSS &amp;prefix:</source>
        <translation>OSS 前缀(&amp;P)：</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目标端</translation>
    </message>
    <message>
        <source>Rescan for new and changed objects</source>
        <translation>重新扫描新增和变更的对象</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Check every object after the import</source>
        <translation>导入后检查每个对象</translation>
    </message>
    <message>
        <source>Simple (size)</source>
        <translation>简单（大小）</translation>
    </message>
    <message>
        <source>General (size, time, headers)</source>
        <translation>常规（大小、时间、头部）</translation>
    </message>
    <message>
        <source>Detailed (content)</source>
        <translation>详细（内容）</translation>
    </message>
    <message>
        <source>Record an MD5 checksum on each object</source>
        <translation>为每个对象记录 MD5 校验值</translation>
    </message>
    <message>
        <source>Skip objects that already exist</source>
        <translation>跳过已存在的对象</translation>
    </message>
    <message>
        <source>Server-side encryption</source>
        <translation>服务端加密</translation>
    </message>
    <message>
        <source>Follow symbolic links</source>
        <translation>跟随符号链接</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source> KB/s</source>
        <translation> KB/s</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Incremental:</source>
        <translation>增量：</translation>
    </message>
    <message>
        <source>Rescan &amp;interval:</source>
        <translation>扫描间隔(&amp;I)：</translation>
    </message>
    <message>
        <source>Audit:</source>
        <translation>校验：</translation>
    </message>
    <message>
        <source>Audit &amp;mode:</source>
        <translation>校验方式(&amp;M)：</translation>
    </message>
    <message>
        <source>Objects per &amp;task:</source>
        <translation>每任务对象数(&amp;T)：</translation>
    </message>
    <message>
        <source>Bytes per task:</source>
        <translation>每任务字节数：</translation>
    </message>
    <message>
        <source>Scan t&amp;hreads:</source>
        <translation>扫描线程数(&amp;H)：</translation>
    </message>
    <message>
        <source>Scan &amp;depth:</source>
        <translation>扫描深度(&amp;D)：</translation>
    </message>
    <message>
        <source>Threads per &amp;worker:</source>
        <translation>每 Worker 线程数(&amp;W)：</translation>
    </message>
    <message>
        <source>Worker &amp;cap:</source>
        <translation>Worker 限速(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Java heap:</source>
        <translation>Java 堆(&amp;J)：</translation>
    </message>
    <message>
        <source>Data &amp;volume:</source>
        <translation>数据量(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Objects:</source>
        <translation>对象数(&amp;O)：</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>One address per line; the first is the master.</source>
        <translation>每行一个地址；第一个为 Master。</translation>
    </message>
    <message>
        <source>&amp;Working folder:</source>
        <translation>工作目录(&amp;W)：</translation>
    </message>
    <message>
        <source>SSH &amp;user:</source>
        <translation>SSH 用户(&amp;U)：</translation>
    </message>
    <message>
        <source>SSH &amp;port:</source>
        <translation>SSH 端口(&amp;P)：</translation>
    </message>
    <message>
        <source>W&amp;orkers:</source>
        <translation>Worker 列表(&amp;O)：</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No issues.</source>
        <translation>没有问题。</translation>
    </message>
    <message>
        <source># Nothing is generated while there are errors (see Issues).</source>
        <translation># 存在错误时不生成任何内容（参见“问题”）。</translation>
    </message>
    <message>
        <source>Fix the errors to generate the files.</source>
        <translation>请修正错误以生成文件。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Saved %1 in %2.</source>
        <translation>已将 %1 保存到 %2。</translation>
    </message>
</context>
<context>
    <name>ferry::gui::OssImportPanel</name>
    <message>
        <source>&amp;Add Job…</source>
        <translation>添加作业(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>From</source>
        <translation>源端</translation>
    </message>
    <message>
        <source>To OSS</source>
        <translation>目标 OSS</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据量</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Plan a move from S3, COS, Azure, a local folder or HDFS to OSS (Insert).</source>
        <translation>规划从 S3、COS、Azure、本地文件夹或 HDFS 迁移到 OSS（Insert）。</translation>
    </message>
    <message>
        <source>Open the selected job and its generated files (Enter).</source>
        <translation>打开所选作业及其生成的文件（Enter）。</translation>
    </message>
    <message numerus="yes">
        <source>distributed, %n worker(s)</source>
        <translation>
            <numerusform>分布式，%n 个 Worker</numerusform>
        </translation>
    </message>
    <message>
        <source>standalone</source>
        <translation>单机</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>No object storage moves are planned. Add a job to move a bucket or folder to OSS with ossimport: Ferry checks the settings and writes local_job.cfg or job.cfg and sys.properties for you.</source>
        <translation>尚未规划对象存储迁移。添加一个作业，用 ossimport 将 Bucket 或文件夹迁移到 OSS：Ferry 会检查设置，并为您生成 local_job.cfg 或 job.cfg 以及 sys.properties。</translation>
    </message>
    <message>
        <source>Object storage moves with ossimport. Open a job to see and save its generated configuration files.</source>
        <translation>使用 ossimport 的对象存储迁移。打开作业可查看并保存其生成的配置文件。</translation>
    </message>
    <message>
        <source>Remove OSSImport Job</source>
        <translation>移除 OSSImport 作业</translation>
    </message>
    <message>
        <source>Remove the OSSImport job "%1" from the plan?</source>
        <translation>要从计划中移除 OSSImport 作业“%1”吗？</translation>
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
        <source>The service did not say which RAM action is missing. Ask an administrator to check the policies of the RAM identity behind Ferry's credentials.</source>
        <translation>服务没有说明缺少哪个 RAM 操作权限。请管理员检查 Ferry 所用凭据对应的 RAM 身份的权限策略。</translation>
    </message>
    <message>
        <source>The RAM identity behind Ferry's credentials needs the actions below. Ask an administrator to attach a policy that allows them, then try again.</source>
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
    <name>ferry::gui::PhaseDialog</name>
    <message>
        <source>Add Phase</source>
        <translation>添加阶段</translation>
    </message>
    <message>
        <source>Edit Phase %1</source>
        <translation>编辑阶段 %1</translation>
    </message>
    <message>
        <source>A short, unique name other phases and the findings refer to; it cannot be changed later.</source>
        <translation>一个简短且唯一的名称，供其他阶段和检查结果引用；之后无法修改。</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>ID(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>服务(&amp;S)：</translation>
    </message>
    <message>
        <source>What the phase does, e.g. "Orders full load"</source>
        <translation>阶段做什么，例如“订单全量迁移”</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>A person or team</source>
        <translation>个人或团队</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>Planned &amp;start:</source>
        <translation>计划开始(&amp;S)：</translation>
    </message>
    <message>
        <source>Planned &amp;end:</source>
        <translation>计划结束(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Actual start:</source>
        <translation>实际开始(&amp;A)：</translation>
    </message>
    <message>
        <source>Actual e&amp;nd:</source>
        <translation>实际结束(&amp;N)：</translation>
    </message>
    <message>
        <source>Check the phases that must end before this one starts. Space toggles the selected one.</source>
        <translation>勾选在本阶段开始前必须结束的阶段。按空格键可切换所选项。</translation>
    </message>
    <message>
        <source>&amp;Depends on:</source>
        <translation>依赖(&amp;D)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>ferry::gui::PhaseEdits</name>
    <message>
        <source>Enter an id made of letters, digits, '.', '_' or '-'.</source>
        <translation>请输入由字母、数字、“.”、“_”或“-”组成的 ID。</translation>
    </message>
    <message>
        <source>The id %1 is already used by another phase.</source>
        <translation>ID %1 已被其他阶段使用。</translation>
    </message>
    <message>
        <source>Enter a title that says what the phase does.</source>
        <translation>请输入说明阶段做什么的标题。</translation>
    </message>
    <message>
        <source>The planned end is before the planned start.</source>
        <translation>计划结束早于计划开始。</translation>
    </message>
    <message>
        <source>The actual end is before the actual start.</source>
        <translation>实际结束早于实际开始。</translation>
    </message>
    <message>
        <source>A phase with an actual end needs an actual start.</source>
        <translation>有实际结束时间的阶段必须有实际开始时间。</translation>
    </message>
    <message>
        <source>A phase cannot depend on itself.</source>
        <translation>阶段不能依赖自身。</translation>
    </message>
    <message>
        <source>%1 is not a phase of this plan.</source>
        <translation>%1 不是此计划中的阶段。</translation>
    </message>
    <message>
        <source>%1 already comes after this phase; depending on it would make a cycle.</source>
        <translation>%1 已在本阶段之后；依赖它会形成循环。</translation>
    </message>
    <message>
        <source>A dependency is listed twice.</source>
        <translation>有依赖被列出了两次。</translation>
    </message>
    <message>
        <source>Phase %1 cannot be removed: its gate has recorded GO/NO-GO decisions, and the decision record is kept as it is.</source>
        <translation>无法移除阶段 %1：其关口已有 GO/NO-GO 决策记录，决策记录需保持原样。</translation>
    </message>
    <message numerus="yes">
        <source>%n phase(s) no longer depend on it: %1.</source>
        <translation>
            <numerusform>%n 个阶段将不再依赖它：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Its gate "%1" and the gate's criteria are removed.</source>
        <translation>其关口“%1”及该关口的判定条件将被移除。</translation>
    </message>
    <message>
        <source>The OSSImport job %1 is kept but no longer linked to a phase.</source>
        <translation>OSSImport 作业 %1 会保留，但不再关联到任何阶段。</translation>
    </message>
</context>
<context>
    <name>ferry::gui::PhaseTableModel</name>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Starts after: %1</source>
        <translation>开始于以下阶段之后：%1</translation>
    </message>
    <message>
        <source>Planned dates, in local time. Press Backspace on a date to clear it.</source>
        <translation>计划日期，本地时间。在日期上按 Backspace 可清除。</translation>
    </message>
    <message>
        <source>When the phase really started and ended: the record the manager timeline compares with the plan.</source>
        <translation>阶段实际开始和结束的时间：管理时间线据此与计划对比。</translation>
    </message>
    <message>
        <source>Ids of the phases that must end before this one starts, separated by commas.</source>
        <translation>在本阶段开始前必须结束的阶段 ID，以逗号分隔。</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>计划开始</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>计划结束</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>实际开始</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>实际结束</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>依赖</translation>
    </message>
</context>
<context>
    <name>ferry::gui::PlanDocument</name>
    <message>
        <source>Untitled plan</source>
        <translation>未命名计划</translation>
    </message>
</context>
<context>
    <name>ferry::gui::PlanFileController</name>
    <message>
        <source>&amp;New Plan</source>
        <translation>新建计划(&amp;N)</translation>
    </message>
    <message>
        <source>Start an empty cutover plan.</source>
        <translation>新建一个空白割接计划。</translation>
    </message>
    <message>
        <source>&amp;Open Plan…</source>
        <translation>打开计划(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a plan file.</source>
        <translation>打开计划文件。</translation>
    </message>
    <message>
        <source>Open &amp;Sample Plan</source>
        <translation>打开示例计划(&amp;S)</translation>
    </message>
    <message>
        <source>Open the shipped example of a complete migration, read-only.</source>
        <translation>以只读方式打开随附的完整迁移示例。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Unsaved changes kept in an autosave at %1.</source>
        <translation>未保存的修改已于 %1 自动保存。</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
    <message>
        <source>New migration plan</source>
        <translation>新迁移计划</translation>
    </message>
    <message>
        <source>New plan: add its phases, or open the sample plan to see a complete one.</source>
        <translation>新计划：请添加阶段，或打开示例计划查看完整示例。</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Cannot Open Plan</source>
        <translation>无法打开计划</translation>
    </message>
    <message>
        <source>The plan was not opened.</source>
        <translation>计划未打开。</translation>
    </message>
    <message>
        <source>The sample plan is open read-only. Edit a copy to change it.</source>
        <translation>示例计划以只读方式打开。如需修改，请编辑副本。</translation>
    </message>
    <message>
        <source>Opened %1 with the recovered changes.</source>
        <translation>已打开 %1，并恢复了未保存的修改。</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>已打开 %1。</translation>
    </message>
    <message>
        <source>Plan Not Saved</source>
        <translation>计划未保存</translation>
    </message>
    <message>
        <source>The plan was not saved.</source>
        <translation>计划未保存。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent plans</source>
        <translation>没有最近打开的计划</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>清空菜单(&amp;C)</translation>
    </message>
    <message>
        <source>The list of recent plans is cleared.</source>
        <translation>最近打开的计划列表已清空。</translation>
    </message>
    <message>
        <source>phase %1</source>
        <translation>阶段 %1</translation>
    </message>
    <message>
        <source>gate %1</source>
        <translation>关口 %1</translation>
    </message>
    <message>
        <source>criterion %1</source>
        <translation>判定条件 %1</translation>
    </message>
    <message>
        <source>rollback of %1</source>
        <translation>%1 的回滚</translation>
    </message>
    <message>
        <source>risk %1</source>
        <translation>风险 %1</translation>
    </message>
    <message>
        <source>OSSImport job %1</source>
        <translation>OSSImport 作业 %1</translation>
    </message>
    <message>
        <source>decision %1</source>
        <translation>决策 %1</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <translation>%1（位于 %2）</translation>
    </message>
</context>
<context>
    <name>ferry::gui::PlanFormat</name>
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
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>ferry::gui::PlanPrompts</name>
    <message>
        <source>Ferry plans (*.ferryplan.json *.json);;All files (*)</source>
        <translation>Ferry 计划 (*.ferryplan.json *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>The plan "%1" has changes that are not saved.</source>
        <translation>计划“%1”有尚未保存的修改。</translation>
    </message>
    <message>
        <source>Save them before you go on?</source>
        <translation>要在继续之前保存吗？</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>恢复未保存的修改</translation>
    </message>
    <message>
        <source>Ferry kept changes to "%1" that were not saved (autosaved %2).</source>
        <translation>Ferry 保留了对“%1”的未保存修改（自动保存于 %2）。</translation>
    </message>
    <message>
        <source>Open the plan with these changes? If you choose the saved file, the autosaved changes are deleted.</source>
        <translation>要打开包含这些修改的计划吗？如果选择已保存的文件，自动保存的修改将被删除。</translation>
    </message>
    <message>
        <source>&amp;Recover Changes</source>
        <translation>恢复修改(&amp;R)</translation>
    </message>
    <message>
        <source>Open the &amp;Saved File</source>
        <translation>打开已保存的文件(&amp;S)</translation>
    </message>
    <message>
        <source>Open Plan</source>
        <translation>打开计划</translation>
    </message>
    <message>
        <source>Save Plan As</source>
        <translation>计划另存为</translation>
    </message>
</context>
<context>
    <name>ferry::gui::PlannerPage</name>
    <message>
        <source>No plan open</source>
        <translation>没有打开的计划</translation>
    </message>
    <message>
        <source>&lt;p&gt;A cutover plan lists the phases of a migration in order (assessment, backup check, full and incremental migration, checks, cutovers, rollback window, decommission), the go/no-go gates before each cutover, how to roll each phase back and how long each should take.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What to do next&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Open the &lt;b&gt;sample plan&lt;/b&gt; to see a complete migration of a shop platform: database with DTS, servers with SMC, a Hive warehouse with MMS and a media bucket with OSSImport.&lt;/li&gt;&lt;li&gt;Start a &lt;b&gt;new plan&lt;/b&gt; (Ctrl+N), or open one from a file (Ctrl+O).&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;割接计划按顺序列出迁移的各个阶段（评估、备份验证、全量与增量迁移、检查、割接、回滚窗口期、下线），每次割接前的 GO/NO-GO 关口，每个阶段的回滚方法，以及每个阶段预计需要多长时间。&lt;/p&gt;&lt;p&gt;&lt;b&gt;下一步&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;打开&lt;b&gt;示例计划&lt;/b&gt;，查看一个电商平台的完整迁移：用 DTS 迁移数据库、用 SMC 迁移服务器、用 MMS 迁移 Hive 数仓、用 OSSImport 迁移媒体存储桶。&lt;/li&gt;&lt;li&gt;新建&lt;b&gt;计划&lt;/b&gt;（Ctrl+N），或从文件打开（Ctrl+O）。&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Open &amp;Sample Plan</source>
        <translation>打开示例计划(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;New Plan</source>
        <translation>新建计划(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open Plan…</source>
        <translation>打开计划(&amp;O)…</translation>
    </message>
    <message>
        <source>Name of the plan</source>
        <translation>计划名称</translation>
    </message>
    <message>
        <source>The plan's name, shown in the timeline and the report.</source>
        <translation>计划名称，显示在时间线和报告中。</translation>
    </message>
    <message>
        <source>What this migration moves, and in which order</source>
        <translation>此次迁移迁移什么、按什么顺序</translation>
    </message>
    <message>
        <source>Manager &amp;Timeline</source>
        <translation>管理时间线(&amp;T)</translation>
    </message>
    <message>
        <source>The plan as a Gantt chart of planned against actual dates, with gates, the point of no return and the risks (Ctrl+3).</source>
        <translation>以甘特图展示计划与实际日期的对比，包括关口、不可回退点和风险（Ctrl+3）。</translation>
    </message>
    <message>
        <source>&amp;Edit a Copy</source>
        <translation>编辑副本(&amp;E)</translation>
    </message>
    <message>
        <source>Make an untitled copy of this plan that you can change and save under a name of your own.</source>
        <translation>创建此计划的未命名副本，您可以修改并以自己的名称保存。</translation>
    </message>
    <message>
        <source>F2 edits a cell, Enter opens the phase, Insert adds a phase, Delete removes it, Ctrl+Up/Down moves it.</source>
        <translation>F2 编辑单元格，Enter 打开阶段，Insert 添加阶段，Delete 移除阶段，Ctrl+上/下 移动阶段。</translation>
    </message>
    <message>
        <source>&amp;Add Phase…</source>
        <translation>添加阶段(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a phase after the selected one (Insert).</source>
        <translation>在所选阶段之后添加阶段（Insert）。</translation>
    </message>
    <message>
        <source>&amp;Edit Phase…</source>
        <translation>编辑阶段(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit every field of the selected phase (Enter or Ctrl+E).</source>
        <translation>编辑所选阶段的所有字段（Enter 或 Ctrl+E）。</translation>
    </message>
    <message>
        <source>&amp;Remove Phase</source>
        <translation>移除阶段(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected phase (Delete).</source>
        <translation>移除所选阶段（Delete）。</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move the selected phase up in the plan order (Ctrl+Up).</source>
        <translation>在计划顺序中上移所选阶段（Ctrl+上）。</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>Move the selected phase down in the plan order (Ctrl+Down).</source>
        <translation>在计划顺序中下移所选阶段（Ctrl+下）。</translation>
    </message>
    <message>
        <source>&amp;Clear Date</source>
        <translation>清除日期(&amp;C)</translation>
    </message>
    <message>
        <source>Clear the selected date (Backspace).</source>
        <translation>清除所选日期（Backspace）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Phases&lt;/b&gt;</source>
        <translation>&lt;b&gt;阶段&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Gates</source>
        <translation>关口(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Rollback</source>
        <translation>回滚(&amp;R)</translation>
    </message>
    <message>
        <source>E&amp;stimates</source>
        <translation>估算(&amp;S)</translation>
    </message>
    <message>
        <source>Object Storage (OSS&amp;Import)</source>
        <translation>对象存储 (OSS&amp;Import)</translation>
    </message>
    <message>
        <source>This is the sample plan, opened read-only. To change it, edit a copy and save it under a name of your own.</source>
        <translation>这是以只读方式打开的示例计划。如需修改，请编辑副本并以您自己的名称保存。</translation>
    </message>
    <message>
        <source>This plan is open read-only.</source>
        <translation>此计划以只读方式打开。</translation>
    </message>
    <message>
        <source>Remove the phase %1?</source>
        <translation>要移除阶段 %1 吗？</translation>
    </message>
    <message>
        <source>Remove Phase</source>
        <translation>移除阶段</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
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
        <source>Unknown language "%1" for --lang. Available: en, zh_CN.</source>
        <translation>--lang 的语言“%1”未知。可用：en、zh_CN。</translation>
    </message>
    <message>
        <source>--paper needs a paper size: a4 or letter.</source>
        <translation>--paper 需要指定纸张尺寸：a4 或 letter。</translation>
    </message>
    <message>
        <source>Unknown paper size "%1" for --paper. Use a4 or letter.</source>
        <translation>--paper 的纸张尺寸“%1”未知。请使用 a4 或 letter。</translation>
    </message>
    <message>
        <source>Unknown argument "%1". Run ferry report --help for usage.</source>
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
    <name>ferry::gui::ReportExportController</name>
    <message>
        <source>&amp;Export Report (PDF)…</source>
        <translation>导出报告（PDF）(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the open plan's migration report as a PDF</source>
        <translation>将当前计划的迁移报告写成 PDF</translation>
    </message>
    <message>
        <source>Open or create a plan first: the report is built from it.</source>
        <translation>请先打开或新建计划：报告根据计划生成。</translation>
    </message>
    <message>
        <source>PDF report, A4 (*.pdf)</source>
        <translation>PDF 报告，A4 (*.pdf)</translation>
    </message>
    <message>
        <source>PDF report, US Letter (*.pdf)</source>
        <translation>PDF 报告，US Letter (*.pdf)</translation>
    </message>
    <message>
        <source>Export Migration Report</source>
        <translation>导出迁移报告</translation>
    </message>
    <message>
        <source>Writing the report to %1…</source>
        <translation>正在将报告写入 %1…</translation>
    </message>
    <message numerus="yes">
        <source>Report written to %1 (%n page(s)).</source>
        <translation>
            <numerusform>报告已写入 %1（共 %n 页）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The report was not written.</source>
        <translation>报告未写出。</translation>
    </message>
    <message>
        <source>Report Not Written</source>
        <translation>报告未写出</translation>
    </message>
    <message>
        <source>The report was not written; no file was changed.</source>
        <translation>报告未写出；没有任何文件被改动。</translation>
    </message>
</context>
<context>
    <name>ferry::gui::RollbackPanel</name>
    <message>
        <source>&amp;Add Step</source>
        <translation>添加步骤(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove Step</source>
        <translation>移除步骤(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Mark Prepared…</source>
        <translation>标记已准备(&amp;M)…</translation>
    </message>
    <message>
        <source>Restore &amp;Generated</source>
        <translation>恢复生成的步骤(&amp;G)</translation>
    </message>
    <message>
        <source>Phase / rollback step</source>
        <translation>阶段 / 回滚步骤</translation>
    </message>
    <message>
        <source>Before the phase</source>
        <translation>阶段开始前</translation>
    </message>
    <message>
        <source>Cannot be undone</source>
        <translation>不可撤销</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>准备情况</translation>
    </message>
    <message>
        <source>Must be done before the phase starts, e.g. lowering a DNS TTL. A gate's "Rollback path ready" waits for it.</source>
        <translation>必须在阶段开始前完成，例如降低 DNS TTL。关口的“回滚路径就绪”条件会等待它完成。</translation>
    </message>
    <message>
        <source>The action this step is about cannot be undone.</source>
        <translation>此步骤涉及的操作无法撤销。</translation>
    </message>
    <message>
        <source>Add a step of your own to the selected phase's path (Insert).</source>
        <translation>在所选阶段的回滚路径中添加自定义步骤（Insert）。</translation>
    </message>
    <message>
        <source>Remove the selected step (Delete).</source>
        <translation>移除所选步骤（Delete）。</translation>
    </message>
    <message>
        <source>Record who did the selected preparation, when and how.</source>
        <translation>记录所选准备工作由谁、在何时、以何种方式完成。</translation>
    </message>
    <message>
        <source>Replace the selected phase's path with the generated steps; preparations already recorded are kept.</source>
        <translation>用生成的步骤替换所选阶段的回滚路径；已记录的准备工作会保留。</translation>
    </message>
    <message>
        <source>%1 — edited</source>
        <translation>%1 — 已编辑</translation>
    </message>
    <message>
        <source>⚑ Point of no return</source>
        <translation>⚑ 不可回退点</translation>
    </message>
    <message>
        <source>No way back after this</source>
        <translation>此后无法回退</translation>
    </message>
    <message>
        <source>Done by %1 · %2</source>
        <translation>由 %1 完成 · %2</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>尚未完成</translation>
    </message>
    <message>
        <source>Add phases to the plan: Ferry generates a rollback path for each.</source>
        <translation>向计划中添加阶段：Ferry 会为每个阶段生成回滚路径。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Point of no return: %1.&lt;/b&gt; %2 Until that phase completes, every earlier phase can be rolled back with the steps below.</source>
        <translation>&lt;b&gt;不可回退点：%1。&lt;/b&gt;%2在该阶段完成之前，之前的每个阶段都可以按以下步骤回滚。</translation>
    </message>
    <message>
        <source>No phase of this plan is a point of no return: every phase can be rolled back.</source>
        <translation>此计划中没有不可回退点：每个阶段都可以回滚。</translation>
    </message>
    <message>
        <source>Describe the step</source>
        <translation>描述此步骤</translation>
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
    <name>ferry::gui::SmcCreatePage</name>
    <message>
        <source>Create the migration job</source>
        <translation>创建迁移任务</translation>
    </message>
    <message>
        <source>These are the parameters Ferry sends to SMC. The job is created but does not copy anything until you start it on the next page.</source>
        <translation>以下是 Ferry 将发送给 SMC 的参数。任务创建后不会复制任何数据，直到您在下一页启动它。</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一步(&amp;N)</translation>
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
        <source>&amp;Create job…</source>
        <translation>创建任务(&amp;C)…</translation>
    </message>
    <message>
        <source>Asks for confirmation, then sends CreateReplicationJob.</source>
        <translation>先请求确认，然后发送 CreateReplicationJob。</translation>
    </message>
    <message>
        <source>The job %1 has been created.</source>
        <translation>任务 %1 已创建。</translation>
    </message>
    <message>
        <source>The job is being created.</source>
        <translation>正在创建任务。</translation>
    </message>
    <message>
        <source>a source server</source>
        <translation>一台源服务器</translation>
    </message>
    <message>
        <source>Create the replication job %1</source>
        <translation>创建迁移任务 %1</translation>
    </message>
    <message numerus="yes">
        <source>SMC creates an incremental job for %1 that syncs every %n hour(s) once started.</source>
        <translation>
            <numerusform>SMC 为 %1 创建一个增量任务，启动后每 %n 小时同步一次。</numerusform>
        </translation>
    </message>
    <message>
        <source>The ClientToken makes a repeated request create the job only once.</source>
        <translation>ClientToken 确保重复的请求只创建一次任务。</translation>
    </message>
    <message>
        <source>Create job</source>
        <translation>创建任务</translation>
    </message>
    <message>
        <source>Creating the job…</source>
        <translation>正在创建任务…</translation>
    </message>
    <message>
        <source>Created the job %1 (%2).</source>
        <translation>已创建任务 %1（%2）。</translation>
    </message>
</context>
<context>
    <name>ferry::gui::SmcDetailPanel</name>
    <message>
        <source>Source server</source>
        <translation>源服务器</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>调度</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>下次运行</translation>
    </message>
    <message>
        <source>Images kept</source>
        <translation>保留的镜像</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Runs of %1</source>
        <translation>%1 的运行记录</translation>
    </message>
    <message>
        <source>Incremental, every %1 h</source>
        <translation>增量，每 %1 小时</translation>
    </message>
    <message>
        <source>Runs once</source>
        <translation>只运行一次</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1（%2 后）</translation>
    </message>
    <message>
        <source>None scheduled</source>
        <translation>无计划运行</translation>
    </message>
    <message>
        <source>%1 of at most %2</source>
        <translation>%1 / 最多 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>ferry::gui::SmcFinalSyncPage</name>
    <message>
        <source>Final sync</source>
        <translation>最终同步</translation>
    </message>
    <message>
        <source>Switch over with as little data loss as possible: stop the services, sync the last changes, then complete the incremental synchronization.</source>
        <translation>以尽可能少的数据丢失完成切换：停止服务，同步最后的变更，然后结束增量同步。</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <source>1. Stop the services</source>
        <translation>1. 停止服务</translation>
    </message>
    <message>
        <source>Stop the applications and databases on the source server that write data, so the last sync captures everything. Keep them stopped until the migrated server is verified.</source>
        <translation>停止源服务器上写入数据的应用和数据库，使最后一次同步包含全部数据。在迁移后的服务器验证完成之前保持停止。</translation>
    </message>
    <message>
        <source>The services on the source server are &amp;stopped</source>
        <translation>源服务器上的服务已停止(&amp;S)</translation>
    </message>
    <message>
        <source>2. Sync the changes now (optional)</source>
        <translation>2. 立即同步变更（可选）</translation>
    </message>
    <message>
        <source>A manual incremental sync shortens the last one.</source>
        <translation>手动执行一次增量同步可缩短最后一次同步的时间。</translation>
    </message>
    <message>
        <source>Run an incremental sync &amp;now…</source>
        <translation>立即执行增量同步(&amp;N)…</translation>
    </message>
    <message>
        <source>3. Complete the migration</source>
        <translation>3. 完成迁移</translation>
    </message>
    <message>
        <source>SMC runs one last synchronization, then ends the job: it never syncs again. This cannot be undone.</source>
        <translation>SMC 执行最后一次同步，然后结束任务：之后不再同步。此操作无法撤销。</translation>
    </message>
    <message>
        <source>&amp;Complete incremental synchronization…</source>
        <translation>结束增量同步(&amp;C)…</translation>
    </message>
    <message>
        <source>The migration is being completed.</source>
        <translation>正在完成迁移。</translation>
    </message>
    <message>
        <source>A request is on its way.</source>
        <translation>请求正在发送中。</translation>
    </message>
    <message>
        <source>Waiting for the job's state.</source>
        <translation>正在等待任务状态。</translation>
    </message>
    <message>
        <source>A manual sync needs the job to be Waiting; it is %1.</source>
        <translation>手动同步要求任务处于等待中状态；当前为 %1。</translation>
    </message>
    <message>
        <source>Stop the services on the source server first.</source>
        <translation>请先停止源服务器上的服务。</translation>
    </message>
    <message numerus="yes">
        <source>Job %1: %2, %n run(s) so far.</source>
        <translation>
            <numerusform>任务 %1：%2，已运行 %n 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync %1 now</source>
        <translation>立即同步 %1</translation>
    </message>
    <message>
        <source>SMC copies the changes made since the last sync; the schedule stays as it is.</source>
        <translation>SMC 复制自上次同步以来的变更；同步计划保持不变。</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Starting a manual sync…</source>
        <translation>正在启动手动同步…</translation>
    </message>
    <message>
        <source>The manual sync has started.</source>
        <translation>手动同步已开始。</translation>
    </message>
    <message>
        <source>Complete incremental synchronization of %1</source>
        <translation>结束 %1 的增量同步</translation>
    </message>
    <message>
        <source>SMC performs one last synchronization, then ends the job.</source>
        <translation>SMC 执行最后一次同步，然后结束任务。</translation>
    </message>
    <message>
        <source>This cannot be undone: the job never syncs again.</source>
        <translation>此操作无法撤销：任务之后不再同步。</translation>
    </message>
    <message>
        <source>Changes made on the source server after the last synchronization are not migrated.</source>
        <translation>最后一次同步之后在源服务器上产生的变更不会被迁移。</translation>
    </message>
    <message>
        <source>Complete synchronization</source>
        <translation>结束同步</translation>
    </message>
    <message>
        <source>Completing the incremental synchronization…</source>
        <translation>正在结束增量同步…</translation>
    </message>
    <message>
        <source>SMC is running the last synchronization. Continue to verify the result.</source>
        <translation>SMC 正在执行最后一次同步。请继续验证结果。</translation>
    </message>
</context>
<context>
    <name>ferry::gui::SmcMonitorPage</name>
    <message>
        <source>%1 (%2), %3 %</source>
        <translation>%1（%2），%3 %</translation>
    </message>
    <message>
        <source>SMC reports an error: %1.</source>
        <translation>SMC 报告错误：%1。</translation>
    </message>
    <message>
        <source>no error code</source>
        <translation>无错误码</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>详情：%1</translation>
    </message>
    <message>
        <source>the intermediate instance SMC created</source>
        <translation>SMC 创建的中转实例</translation>
    </message>
    <message>
        <source>the intermediate instance %1</source>
        <translation>中转实例 %1</translation>
    </message>
    <message>
        <source>While the job is in error, %1 and its disks stay in your account and keep costing money. Retry the job, or release them by deleting the job (SMC console, Migration Jobs, Delete, or DeleteReplicationJob): SMC then releases the intermediate instance and its disks.</source>
        <translation>任务出错期间，%1 及其云盘会保留在您的账号中并持续产生费用。请重试任务，或删除任务以释放它们（SMC 控制台“迁移任务”中删除，或调用 DeleteReplicationJob）：SMC 随后会释放中转实例及其云盘。</translation>
    </message>
    <message>
        <source>Start and monitor</source>
        <translation>启动并监控</translation>
    </message>
    <message>
        <source>Start the job: SMC first copies the whole server, then waits and syncs the changes at the interval you chose. Ferry checks the job regularly; you may leave this page open.</source>
        <translation>启动任务：SMC 先复制整台服务器，然后按您选择的间隔等待并同步变更。Ferry 会定期检查任务；您可以保持此页打开。</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>未启动。</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>已启动</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行方式</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>&amp;Start job…</source>
        <translation>启动任务(&amp;S)…</translation>
    </message>
    <message>
        <source>The job is being started.</source>
        <translation>正在启动任务。</translation>
    </message>
    <message>
        <source>Waiting for the job's state.</source>
        <translation>正在等待任务状态。</translation>
    </message>
    <message>
        <source>Job %1: %2</source>
        <translation>任务 %1：%2</translation>
    </message>
    <message>
        <source>Fix the cause (often the source server's network or agent), then start the job again to retry.</source>
        <translation>请排除原因（通常是源服务器的网络或客户端），然后再次启动任务以重试。</translation>
    </message>
    <message numerus="yes">
        <source>Waiting. The next scheduled sync is due around %1 (every %n hour(s)).</source>
        <translation>
            <numerusform>等待中。下一次计划同步约在 %1（每 %n 小时一次）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the next scheduled sync.</source>
        <translation>正在等待下一次计划同步。</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>定时</translation>
    </message>
    <message>
        <source>The full copy is done. Continue to the final sync when you are ready to switch over.</source>
        <translation>全量复制已完成。准备切换时，请继续进行最终同步。</translation>
    </message>
    <message>
        <source>Retry the job %1</source>
        <translation>重试任务 %1</translation>
    </message>
    <message>
        <source>Start the job %1</source>
        <translation>启动任务 %1</translation>
    </message>
    <message>
        <source>SMC runs the job again from where it failed.</source>
        <translation>SMC 从失败处重新运行任务。</translation>
    </message>
    <message>
        <source>SMC starts copying the whole server now; later syncs follow the schedule.</source>
        <translation>SMC 立即开始复制整台服务器；之后的同步按计划进行。</translation>
    </message>
    <message>
        <source>The copy reads the source server's disks and uses its network.</source>
        <translation>复制过程会读取源服务器的磁盘并占用其网络。</translation>
    </message>
    <message>
        <source>Retry job</source>
        <translation>重试任务</translation>
    </message>
    <message>
        <source>Start job</source>
        <translation>启动任务</translation>
    </message>
    <message>
        <source>Starting the job…</source>
        <translation>正在启动任务…</translation>
    </message>
    <message>
        <source>Started. Ferry follows the job.</source>
        <translation>已启动。Ferry 会持续跟踪该任务。</translation>
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
    <name>ferry::gui::SmcSchedulePage</name>
    <message>
        <source>Incremental synchronization</source>
        <translation>增量同步</translation>
    </message>
    <message>
        <source>After a first full copy, SMC syncs what changed on the server at a fixed interval until you complete the migration. Each sync makes an image; the oldest are deleted beyond the number kept.</source>
        <translation>首次全量复制之后，SMC 按固定间隔同步服务器上的变更，直到您完成迁移。每次同步生成一个镜像；超出保留数量时删除最早的镜像。</translation>
    </message>
    <message>
        <source>&amp;Job name:</source>
        <translation>作业名称(&amp;J)：</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>同步间隔(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Images to keep:</source>
        <translation>保留镜像数(&amp;I)：</translation>
    </message>
    <message>
        <source>SMC accepts an interval from 1 hour to 7 days and keeps 1 to 10 images.</source>
        <translation>SMC 接受 1 小时到 7 天的间隔，保留 1 到 10 个镜像。</translation>
    </message>
    <message>
        <source>%1-incremental</source>
        <translation>%1-incremental</translation>
    </message>
    <message>
        <source>Job name: %1</source>
        <translation>任务名称：%1</translation>
    </message>
</context>
<context>
    <name>ferry::gui::SmcSourcePage</name>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Source server</source>
        <translation>源服务器</translation>
    </message>
    <message>
        <source>Choose the server to migrate. SMC copies it through the agent installed on it, so the agent must be online.</source>
        <translation>选择要迁移的服务器。SMC 通过服务器上安装的客户端复制它，因此客户端必须在线。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Source server ID</source>
        <translation>源服务器 ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Or type its &amp;name:</source>
        <translation>或输入名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Use the selected server</source>
        <translation>使用所选服务器(&amp;U)</translation>
    </message>
    <message>
        <source>No server chosen yet.</source>
        <translation>尚未选择服务器。</translation>
    </message>
    <message>
        <source>This server cannot be migrated until every check above passes. Fix what it says, then press Refresh.</source>
        <translation>在上述各项检查全部通过之前，无法迁移此服务器。请按提示处理，然后点击“刷新”。</translation>
    </message>
    <message>
        <source>Listing the source servers…</source>
        <translation>正在列出源服务器…</translation>
    </message>
    <message numerus="yes">
        <source>%n source server(s).</source>
        <translation>
            <numerusform>%n 台源服务器。</numerusform>
        </translation>
    </message>
    <message>
        <source>Chosen: %1 (%2), %3.</source>
        <translation>已选择：%1（%2），%3。</translation>
    </message>
</context>
<context>
    <name>ferry::gui::SmcTargetPage</name>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>SMC can make a custom image of the server, to create instances from, or write the server onto an existing ECS instance, replacing its disks.</source>
        <translation>SMC 可以将服务器制作成自定义镜像，用于创建实例；也可以将服务器写入现有 ECS 实例，替换其磁盘。</translation>
    </message>
    <message>
        <source>Migrate to</source>
        <translation>迁移到</translation>
    </message>
    <message>
        <source>A custom &amp;image</source>
        <translation>自定义镜像(&amp;I)</translation>
    </message>
    <message>
        <source>e.g. web-01-migrated</source>
        <translation>例如 web-01-migrated</translation>
    </message>
    <message>
        <source>An existing ECS i&amp;nstance</source>
        <translation>现有 ECS 实例(&amp;N)</translation>
    </message>
    <message>
        <source>e.g. i-bp1abcdef12345678</source>
        <translation>例如 i-bp1abcdef12345678</translation>
    </message>
    <message>
        <source>Everything on the instance's disks is overwritten; the instance must be stopped.</source>
        <translation>实例磁盘上的所有内容都会被覆盖；实例必须处于停止状态。</translation>
    </message>
    <message>
        <source>Disks</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <source>&amp;System disk:</source>
        <translation>系统盘(&amp;S)：</translation>
    </message>
    <message>
        <source>The server has no data disks.</source>
        <translation>该服务器没有数据盘。</translation>
    </message>
    <message>
        <source>%1-migrated</source>
        <translation>%1-migrated</translation>
    </message>
    <message>
        <source>Data disk %1</source>
        <translation>数据盘 %1</translation>
    </message>
    <message>
        <source>Data disk %1 (%2)</source>
        <translation>数据盘 %1（%2）</translation>
    </message>
    <message>
        <source>Image name: %1</source>
        <translation>镜像名称：%1</translation>
    </message>
    <message>
        <source>Enter the ID of an ECS instance (i-…) in the region of the job.</source>
        <translation>请输入任务所在地域中 ECS 实例的 ID（i-…）。</translation>
    </message>
</context>
<context>
    <name>ferry::gui::SmcVerifyPage</name>
    <message>
        <source>Verify</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>SMC finishes the last synchronization and creates the image or writes the instance. Then check the migrated server before you switch traffic to it.</source>
        <translation>SMC 完成最后一次同步后创建镜像或写入实例。在将流量切换过去之前，请检查迁移后的服务器。</translation>
    </message>
    <message>
        <source>The migration failed</source>
        <translation>迁移失败</translation>
    </message>
    <message>
        <source>To troubleshoot: check that the SMC agent on the source server is running and online, that the server can reach the Internet or the VPC of the job, and that the account has enough quota in the region. Then retry: SMC continues from where it stopped.</source>
        <translation>排查方法：检查源服务器上的 SMC 客户端是否正在运行且在线，服务器能否访问公网或任务所用的 VPC，以及账号在该地域是否有足够配额。然后重试：SMC 会从中断处继续。</translation>
    </message>
    <message>
        <source>&amp;Retry…</source>
        <translation>重试(&amp;R)…</translation>
    </message>
    <message>
        <source>The job is being started.</source>
        <translation>正在启动任务。</translation>
    </message>
    <message>
        <source>Waiting for the job's state.</source>
        <translation>正在等待任务状态。</translation>
    </message>
    <message>
        <source>Job %1: %2</source>
        <translation>任务 %1：%2</translation>
    </message>
    <message>
        <source>Done. The instance %1 now holds the migrated disks. Start it, sign in, and check that the services and data are there before you switch traffic to it.</source>
        <translation>完成。实例 %1 现已包含迁移后的磁盘。请启动并登录实例，在切换流量之前确认服务和数据完整。</translation>
    </message>
    <message>
        <source>Done. The image %1 (%2) is ready. Create an instance from it in the ECS console, sign in, and check that the services and data are there before you switch traffic to it.</source>
        <translation>完成。镜像 %1（%2）已就绪。请在 ECS 控制台用它创建实例并登录，在切换流量之前确认服务和数据完整。</translation>
    </message>
    <message>
        <source>its id is shown in the SMC console</source>
        <translation>其 ID 显示在 SMC 控制台中</translation>
    </message>
    <message>
        <source>SMC is running the last synchronization and then creates the result. This page updates on its own.</source>
        <translation>SMC 正在执行最后一次同步，随后生成结果。此页面会自动更新。</translation>
    </message>
    <message>
        <source>Retry the job %1</source>
        <translation>重试任务 %1</translation>
    </message>
    <message>
        <source>SMC runs the job again from where it failed.</source>
        <translation>SMC 从失败处重新运行任务。</translation>
    </message>
    <message>
        <source>Retry job</source>
        <translation>重试任务</translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation>正在重试…</translation>
    </message>
    <message>
        <source>The job runs again.</source>
        <translation>任务已重新运行。</translation>
    </message>
</context>
<context>
    <name>ferry::gui::SmcWizard</name>
    <message>
        <source>Migrate a Server with SMC</source>
        <translation>使用 SMC 迁移服务器</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>ferry::gui::SmcWizardSettings</name>
    <message>
        <source>The interval must be at least 1 hour.</source>
        <translation>间隔至少为 1 小时。</translation>
    </message>
    <message>
        <source>The interval must be at most 7 days (168 hours).</source>
        <translation>间隔最多为 7 天（168 小时）。</translation>
    </message>
    <message>
        <source>Keep between 1 and 10 images.</source>
        <translation>保留的镜像数须在 1 到 10 之间。</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <source>Use 2 to 128 letters, digits, colons, underscores, hyphens or periods, starting with a letter (not http).</source>
        <translation>使用 2 到 128 个字母、数字、冒号、下划线、连字符或句点，以字母开头（不能以 http 开头）。</translation>
    </message>
</context>
<context>
    <name>ferry::gui::TimelinePage</name>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Read-only view</source>
        <translation>只读视图</translation>
    </message>
    <message>
        <source>Opened for viewing: nothing here changes the plan.</source>
        <translation>仅供查看：此处的任何操作都不会修改计划。</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>缓解措施</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Show less time in more detail.</source>
        <translation>显示更短的时间段、更多细节。</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Show more time.</source>
        <translation>显示更长的时间段。</translation>
    </message>
    <message>
        <source>&amp;Fit Whole Plan</source>
        <translation>显示整个计划(&amp;F)</translation>
    </message>
    <message>
        <source>Show the whole plan in the width of the window.</source>
        <translation>在窗口宽度内显示整个计划。</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Point of no return</source>
        <translation>不可回退点</translation>
    </message>
    <message>
        <source>Gate decided GO / NO-GO</source>
        <translation>关口已决策 GO / NO-GO</translation>
    </message>
    <message>
        <source>Gate not decided (live status)</source>
        <translation>关口未决策（实时状态）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gate: %1&lt;/b&gt;&lt;br&gt;%2 decided by %3, %4</source>
        <translation>&lt;b&gt;关口：%1&lt;/b&gt;&lt;br&gt;%3 于 %4 决策 %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gate: %1&lt;/b&gt;&lt;br&gt;Not decided yet. Live status: %2 (%3 of %4 criteria GO).</source>
        <translation>&lt;b&gt;关口：%1&lt;/b&gt;&lt;br&gt;尚未决策。实时状态：%2（%4 个条件中 %3 个为 GO）。</translation>
    </message>
    <message>
        <source>No plan to show</source>
        <translation>没有可显示的计划</translation>
    </message>
    <message>
        <source>Open a plan in the planner (File ▸ Open Plan…, or the sample plan) to see its timeline here.</source>
        <translation>在割接计划中打开一个计划（文件 ▸ 打开计划…，或示例计划），即可在此查看其时间线。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Risks&lt;/b&gt; — none recorded in this plan.</source>
        <translation>&lt;b&gt;风险&lt;/b&gt; — 此计划中没有记录风险。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Risks&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;风险&lt;/b&gt;（%1）</translation>
    </message>
    <message>
        <source>Planned %1 → %2</source>
        <translation>计划 %1 → %2</translation>
    </message>
    <message>
        <source>Done: %1 of %2 phases</source>
        <translation>已完成：%1/%2 个阶段</translation>
    </message>
    <message>
        <source>No phase under way</source>
        <translation>没有进行中的阶段</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>当前：%1</translation>
    </message>
    <message>
        <source>Next gate: %1 (%2)</source>
        <translation>下一个关口：%1（%2）</translation>
    </message>
    <message>
        <source>Point of no return: %1</source>
        <translation>不可回退点：%1</translation>
    </message>
    <message>
        <source>Today (%1) is outside the plan's dates</source>
        <translation>今天（%1）不在计划日期范围内</translation>
    </message>
</context>
<context>
    <name>ferry::gui::TimelineWindow</name>
    <message>
        <source>Manager Timeline — Ferry</source>
        <translation>管理时间线 — Ferry</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Read-only: this window only shows the plan.</source>
        <translation>只读：此窗口仅显示计划。</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Cannot show this plan</source>
        <translation>无法显示此计划</translation>
    </message>
    <message>
        <source>The plan was not opened.</source>
        <translation>计划未打开。</translation>
    </message>
    <message>
        <source>%1 — Manager Timeline — Ferry</source>
        <translation>%1 — 管理时间线 — Ferry</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>只读：%1</translation>
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
        <translation>行数 ÷ DTS 全量每秒行数</translation>
    </message>
    <message>
        <source>backlog rows ÷ (apply rate − source change rate)</source>
        <translation>积压行数 ÷（应用速率 − 源端变更速率）</translation>
    </message>
    <message>
        <source>max(used bytes ÷ disk read speed, used bytes × 8 ÷ (bandwidth × efficiency)): reading and sending overlap</source>
        <translation>max(已用字节 ÷ 磁盘读取速度, 已用字节 × 8 ÷（带宽 × 效率））：读取与发送同时进行</translation>
    </message>
    <message>
        <source>disk bytes ÷ disk read speed (comparison) + changed bytes × 8 ÷ (bandwidth × efficiency) (transfer)</source>
        <translation>磁盘字节 ÷ 磁盘读取速度（比对）+ 变更字节 × 8 ÷（带宽 × 效率）（传输）</translation>
    </message>
    <message>
        <source>bytes ÷ MMS throughput × (1 + verification factor)</source>
        <translation>字节 ÷ MMS 吞吐 ×（1 + 校验系数）</translation>
    </message>
    <message>
        <source>bytes × 8 ÷ min(bandwidth × efficiency, workers × worker cap) + objects × per-object overhead ÷ (workers × threads)</source>
        <translation>字节 × 8 ÷ min(带宽 × 效率, Worker 数 × Worker 限速) + 对象数 × 每对象开销 ÷（Worker 数 × 线程数）</translation>
    </message>
    <message>
        <source>objects × seconds per object</source>
        <translation>对象数 × 每对象秒数</translation>
    </message>
    <message>
        <source>bytes × 8 ÷ (bandwidth × efficiency)</source>
        <translation>字节 × 8 ÷（带宽 × 效率）</translation>
    </message>
    <message>
        <source>the planner's own estimate</source>
        <translation>规划人自行估计</translation>
    </message>
</context>
<context>
    <name>ferry::model::Gates</name>
    <message>
        <source>DTS lag under 5 s, sustained</source>
        <translation>DTS 延迟持续低于 5 秒</translation>
    </message>
    <message>
        <source>DTS precheck passed</source>
        <translation>DTS 预检查通过</translation>
    </message>
    <message>
        <source>MMS tasks all DONE, verification passed</source>
        <translation>MMS 任务全部 DONE，校验通过</translation>
    </message>
    <message>
        <source>SMC job Waiting, last incremental run recent</source>
        <translation>SMC 作业处于 Waiting，最近一轮增量同步足够新</translation>
    </message>
    <message>
        <source>Backup verified</source>
        <translation>备份已验证</translation>
    </message>
    <message>
        <source>Replication user least-privilege</source>
        <translation>复制账号最小权限</translation>
    </message>
    <message>
        <source>Rollback path ready</source>
        <translation>回滚路径就绪</translation>
    </message>
    <message>
        <source>Manual check</source>
        <translation>人工检查</translation>
    </message>
    <message>
        <source>GO</source>
        <translation>GO</translation>
    </message>
    <message>
        <source>NO-GO</source>
        <translation>NO-GO</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>Attested</source>
        <translation>人工确认</translation>
    </message>
    <message>
        <source>Assumed</source>
        <translation>假定</translation>
    </message>
</context>
<context>
    <name>ferry::model::JobRow</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Waiting to start</source>
        <translation>等待开始</translation>
    </message>
    <message>
        <source>Tasks %1/%2</source>
        <translation>子任务 %1/%2</translation>
    </message>
    <message>
        <source>Planning tasks</source>
        <translation>正在规划子任务</translation>
    </message>
    <message>
        <source>Some tasks failed; retry the job or its failed tasks.</source>
        <translation>部分子任务失败；请重试任务或失败的子任务。</translation>
    </message>
    <message>
        <source>The job was stopped; start it to resume.</source>
        <translation>任务已停止；启动它即可继续。</translation>
    </message>
    <message>
        <source>Precheck</source>
        <translation>预检查</translation>
    </message>
    <message>
        <source>Incremental</source>
        <translation>增量</translation>
    </message>
    <message>
        <source>Full data</source>
        <translation>全量数据</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>结构迁移</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>DTS reports that the job failed.</source>
        <translation>DTS 报告任务失败。</translation>
    </message>
    <message>
        <source>Lag %1 is at or over the %2 threshold.</source>
        <translation>延迟 %1 达到或超过阈值 %2。</translation>
    </message>
    <message>
        <source>DTS is retrying after an error.</source>
        <translation>DTS 正在出错后重试。</translation>
    </message>
    <message>
        <source>DTS is retrying: %1</source>
        <translation>DTS 正在重试：%1</translation>
    </message>
    <message>
        <source>The job is paused; its lag grows until it resumes.</source>
        <translation>任务已暂停；恢复前延迟会持续增长。</translation>
    </message>
    <message>
        <source>The instance is locked (for example an overdue payment).</source>
        <translation>实例已锁定（例如欠费）。</translation>
    </message>
    <message>
        <source>Next run at %1</source>
        <translation>下次运行 %1</translation>
    </message>
    <message>
        <source>Between runs</source>
        <translation>两次运行之间</translation>
    </message>
    <message>
        <source>SMC reports an error; start the job to retry it.</source>
        <translation>SMC 报告错误；启动任务即可重试。</translation>
    </message>
    <message>
        <source>SMC reports %1; start the job to retry it.</source>
        <translation>SMC 报告 %1；启动任务即可重试。</translation>
    </message>
    <message>
        <source>The job expired before it completed.</source>
        <translation>任务在完成前已过期。</translation>
    </message>
    <message>
        <source>MMS</source>
        <translation>MMS</translation>
    </message>
    <message>
        <source>DTS</source>
        <translation>DTS</translation>
    </message>
    <message>
        <source>SMC</source>
        <translation>SMC</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>需关注</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>停滞</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
</context>
<context>
    <name>ferry::model::JobTableModel</name>
    <message>
        <source>–</source>
        <translation>–</translation>
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
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 job %2 (%3)</source>
        <translation>%1 任务 %2（%3）</translation>
    </message>
    <message>
        <source>Stalled: running with no progress since %1 (%2).</source>
        <translation>停滞：自 %1 起运行但无进展（%2）。</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
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
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>最后更新</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康状态</translation>
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
        <translation>%1 至 %2</translation>
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
        <source>The job name must be 4 to 128 letters, digits, '_' or '-'.</source>
        <translation>作业名称必须由 4 到 128 个字母、数字、“_”或“-”组成。</translation>
    </message>
    <message>
        <source>The destination prefix must not start with '/'.</source>
        <translation>目标前缀不能以“/”开头。</translation>
    </message>
    <message>
        <source>The destination prefix does not end with '/': object names will be glued to it.</source>
        <translation>目标前缀不以“/”结尾：对象名称将直接拼接在其后。</translation>
    </message>
    <message>
        <source>Name the destination OSS bucket.</source>
        <translation>请填写目标 OSS Bucket。</translation>
    </message>
    <message>
        <source>Give the OSS endpoint, for example http://oss-cn-hangzhou-internal.aliyuncs.com.</source>
        <translation>请填写 OSS Endpoint，例如 http://oss-cn-hangzhou-internal.aliyuncs.com。</translation>
    </message>
    <message>
        <source>The OSS endpoint must be an http(s) URL without a bucket, path or credentials.</source>
        <translation>OSS Endpoint 必须是 http(s) 地址，且不含 Bucket、路径或凭证。</translation>
    </message>
    <message>
        <source>Name the source bucket or container.</source>
        <translation>请填写源 Bucket 或容器。</translation>
    </message>
    <message>
        <source>Give the source endpoint.</source>
        <translation>请填写源端 Endpoint。</translation>
    </message>
    <message>
        <source>The source endpoint must not carry credentials.</source>
        <translation>源端 Endpoint 不能包含凭证。</translation>
    </message>
    <message>
        <source>COS needs its region as the source endpoint.</source>
        <translation>COS 需要以地域作为源端 Endpoint。</translation>
    </message>
    <message>
        <source>COS needs the AppId.</source>
        <translation>COS 需要 AppId。</translation>
    </message>
    <message>
        <source>An HTTP source needs the list file of URLs.</source>
        <translation>HTTP 源需要 URL 列表文件。</translation>
    </message>
    <message>
        <source>An HTTP source needs the prefix and relative path columns.</source>
        <translation>HTTP 源需要前缀列和相对路径列。</translation>
    </message>
    <message>
        <source>Give the local directory to import.</source>
        <translation>请填写要导入的本地目录。</translation>
    </message>
    <message>
        <source>ossimport cannot read HDFS itself: give the local directory where HDFS is mounted.</source>
        <translation>ossimport 无法直接读取 HDFS：请填写 HDFS 挂载到的本地目录。</translation>
    </message>
    <message>
        <source>HDFS is imported through a local mount (NFS gateway or FUSE); for large clusters a tool that reads HDFS directly, such as JindoDistCp, fits better.</source>
        <translation>HDFS 通过本地挂载（NFS 网关或 FUSE）导入；对于大型集群，直接读取 HDFS 的工具（例如 JindoDistCp）更合适。</translation>
    </message>
    <message>
        <source>The local directory must be an absolute path.</source>
        <translation>本地目录必须是绝对路径。</translation>
    </message>
    <message>
        <source>The local directory must end with '/'.</source>
        <translation>本地目录必须以“/”结尾。</translation>
    </message>
    <message>
        <source>The incremental interval must be at least 900 seconds.</source>
        <translation>增量间隔至少为 900 秒。</translation>
    </message>
    <message>
        <source>An incremental interval under 3600 seconds rescans more often than recommended.</source>
        <translation>增量间隔低于 3600 秒，扫描频率高于建议值。</translation>
    </message>
    <message>
        <source>Without an audit after import nothing checks that every object arrived.</source>
        <translation>导入后不校验，就无法确认每个对象都已到达。</translation>
    </message>
    <message>
        <source>Without workerRecordMd5 the objects carry no checksum to verify later.</source>
        <translation>不启用 workerRecordMd5，对象将没有可供日后校验的校验值。</translation>
    </message>
    <message>
        <source>A distributed job needs at least one worker; the first is the master.</source>
        <translation>分布式作业至少需要一个 Worker；第一个为 Master。</translation>
    </message>
    <message>
        <source>A worker must be an IP address or host name.</source>
        <translation>Worker 必须是 IP 地址或主机名。</translation>
    </message>
    <message>
        <source>A distributed job needs the ssh user of the workers.</source>
        <translation>分布式作业需要 Worker 的 SSH 用户。</translation>
    </message>
    <message>
        <source>A credential setting is written as a placeholder, never with its value.</source>
        <translation>凭证类设置只写入占位符，绝不写入其值。</translation>
    </message>
    <message>
        <source>This setting is generated from the plan and cannot be set again.</source>
        <translation>此设置由计划生成，不能重复设置。</translation>
    </message>
    <message>
        <source>This field looks like it holds a secret; Ferry does not write secrets.</source>
        <translation>此字段看起来包含密钥；Ferry 不会写入密钥。</translation>
    </message>
    <message>
        <source>Invalid value for %1.</source>
        <translation>%1 的值无效。</translation>
    </message>
</context>
<context>
    <name>ferry::model::Plan</name>
    <message>
        <source>Assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Backup verification</source>
        <translation>备份验证</translation>
    </message>
    <message>
        <source>Schema migration</source>
        <translation>结构迁移</translation>
    </message>
    <message>
        <source>Full migration</source>
        <translation>全量迁移</translation>
    </message>
    <message>
        <source>Incremental sync</source>
        <translation>增量同步</translation>
    </message>
    <message>
        <source>Pre-cutover checks</source>
        <translation>割接前检查</translation>
    </message>
    <message>
        <source>Cutover (database)</source>
        <translation>割接（数据库）</translation>
    </message>
    <message>
        <source>Cutover (servers)</source>
        <translation>割接（服务器）</translation>
    </message>
    <message>
        <source>Cutover (DNS/LB)</source>
        <translation>割接（DNS/负载均衡）</translation>
    </message>
    <message>
        <source>Post-cutover verification</source>
        <translation>割接后验证</translation>
    </message>
    <message>
        <source>Rollback window</source>
        <translation>回滚窗口期</translation>
    </message>
    <message>
        <source>Decommission</source>
        <translation>下线</translation>
    </message>
    <message>
        <source>General</source>
        <translation>通用</translation>
    </message>
    <message>
        <source>DTS</source>
        <translation>DTS</translation>
    </message>
    <message>
        <source>SMC</source>
        <translation>SMC</translation>
    </message>
    <message>
        <source>MMS</source>
        <translation>MMS</translation>
    </message>
    <message>
        <source>OSSImport</source>
        <translation>OSSImport</translation>
    </message>
</context>
<context>
    <name>ferry::model::PlanFile</name>
    <message>
        <source>The plan file %1 does not exist.</source>
        <translation>计划文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The plan file %1 cannot be read: %2</source>
        <translation>无法读取计划文件 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 is too large to be a plan.</source>
        <translation>文件 %1 过大，不可能是计划文件。</translation>
    </message>
    <message>
        <source>The plan file %1 is damaged: invalid JSON at line %2, column %3. The file was left as it is.</source>
        <translation>计划文件 %1 已损坏：第 %2 行第 %3 列的 JSON 无效。文件未作任何改动。</translation>
    </message>
    <message>
        <source>The file %1 is not a Ferry plan.</source>
        <translation>文件 %1 不是 Ferry 计划。</translation>
    </message>
    <message>
        <source>The plan file %1 was written by a newer Ferry (format version %2; this version reads up to %3). Update Ferry to open it; the file was left as it is.</source>
        <translation>计划文件 %1 由更新版本的 Ferry 写入（格式版本 %2；当前版本最高只能读取 %3）。请升级 Ferry 后再打开；文件未作任何改动。</translation>
    </message>
    <message>
        <source>The plan file %1 has an invalid entry at %2 (%3). The file was left as it is.</source>
        <translation>计划文件 %1 在 %2 处有无效条目（%3）。文件未作任何改动。</translation>
    </message>
    <message numerus="yes">
        <source>The plan was not saved: %n value(s) look like secrets (%1). Plans never hold secrets; remove them and save again.</source>
        <translation>
            <numerusform>计划未保存：有 %n 个值看起来像密钥（%1）。计划中绝不能包含密钥；请删除后再保存。</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan could not be saved to %1: %2. The previous file is unchanged.</source>
        <translation>无法将计划保存到 %1：%2。原文件保持不变。</translation>
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
        <source>The target project %1 must be bound to a quota of the Data Transfer type; MMS runs its copy jobs in it. Check the project's quotas in the MaxCompute console, then confirm.</source>
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
        <source>Not in the pasted output. Run SHOW GLOBAL VARIABLES LIKE '%1'; and paste the result.</source>
        <translation>粘贴的输出中没有该项。请执行 SHOW GLOBAL VARIABLES LIKE '%1'; 并粘贴结果。</translation>
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
        <source>Next gate "%1": GO, every mandatory criterion is met.</source>
        <translation>下一个关口“%1”：GO，所有必需标准均已满足。</translation>
    </message>
    <message>
        <source>Next gate "%1": %2; mandatory criteria not met: %3.</source>
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
        <source>The job's settings were not observed; they are assumed to match the plan.</source>
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
        <source>Read the job's configuration with the monitor.</source>
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
        <translation>只运行一次</translation>
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
        <translation>保留的镜像</translation>
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
        <source>Gate "%1" before %2</source>
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
        <source>Gate "%1"</source>
        <translation>关口“%1”</translation>
    </message>
    <message>
        <source>Evidence: an observation from the monitor or a person's attestation.</source>
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
        <source>Phases in the order their dependencies allow. Planned dates and estimates are the plan's; actual dates were recorded by the phase owners.</source>
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
        <source>Correct the plan's order or dates.</source>
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
        <source>The first point of no return is "%1": up to it, every phase can be undone.</source>
        <translation>第一个不可回退点是“%1”：在此之前，每个阶段都可以撤销。</translation>
    </message>
    <message>
        <source>How each phase is undone, in the order of the plan. Steps marked "before the phase" are preparations: until someone attests them, the rollback they enable is assumed.</source>
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
        <source>Generate or write the phase's rollback steps.</source>
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
        <translation>已完成</translation>
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
        <translation>下次定时运行</translation>
    </message>
    <message>
        <source>%1 of at most %2</source>
        <translation>%1 / 最多 %2</translation>
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
        <translation>定时</translation>
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
        <translation>结构迁移</translation>
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
        <source>Enable verification and monitor the job's tasks.</source>
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
        <source>Monitor the job's lag and store it with the plan.</source>
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
        <translation>%1 的同步延迟</translation>
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
        <source>Record the restore test in the plan's observations.</source>
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
        <source>Bandwidth %1 Mbit/s at %2 % efficiency; disk read %3 MB/s; DTS %4 rows/s full load and %5 rows/s apply; MMS %6 MB/s plus %7 % for verification; ossimport workers: %8, %9 threads each.</source>
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
        <source>The plan's risk register is empty.</source>
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
        <source>Size each phase's workload, or give a fixed duration.</source>
        <translation>为每个阶段确定工作量，或给出固定工期。</translation>
    </message>
    <message>
        <source>Measure throughput on the real network path and update the plan's figures.</source>
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
        <source>The go/no-go conclusions are at most attested: at least one mandatory criterion rests on a person's statement rather than observed data.</source>
        <translation>放行结论至多为已证实：至少有一项必需标准依据的是人员声明，而非观测数据。</translation>
    </message>
    <message>
        <source>The go/no-go conclusions are at most assumed: at least one mandatory criterion has no evidence at all. See "Assumptions and blockers".</source>
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
        <translation>已校验</translation>
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
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
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
        <translation>无需回滚：评估不做任何变更。</translation>
    </message>
    <message>
        <source>Keep the verified backup and its restore procedure until decommission is complete.</source>
        <translation>在下线完成之前，保留已验证的备份及其恢复流程。</translation>
    </message>
    <message>
        <source>Drop the objects DTS created in the target database; the source is untouched.</source>
        <translation>删除 DTS 在目标数据库中创建的对象；源端不受影响。</translation>
    </message>
    <message>
        <source>Drop the tables MMS created in the MaxCompute project; the source warehouse is untouched.</source>
        <translation>删除 MMS 在 MaxCompute 项目中创建的表；源数仓不受影响。</translation>
    </message>
    <message>
        <source>Drop the objects created in the target; the source is untouched.</source>
        <translation>删除在目标端创建的对象；源端不受影响。</translation>
    </message>
    <message>
        <source>Stop the DTS task and truncate the target tables; the source database is untouched.</source>
        <translation>停止 DTS 任务并清空目标表；源数据库不受影响。</translation>
    </message>
    <message>
        <source>Drop the target partitions the MMS job wrote and re-run its tasks.</source>
        <translation>删除 MMS 作业写入的目标分区，并重新运行其任务。</translation>
    </message>
    <message>
        <source>Stop the SMC replication job and delete the images it created; the source servers keep running.</source>
        <translation>停止 SMC 迁移作业并删除其创建的镜像；源服务器继续运行。</translation>
    </message>
    <message>
        <source>Stop the ossimport job; delete the objects under the destination prefix if a clean restart is needed. The source bucket is untouched.</source>
        <translation>停止 ossimport 作业；如需从头重新开始，删除目标前缀下的对象。源 Bucket 不受影响。</translation>
    </message>
    <message>
        <source>Stop the copy and clean the target; the source is untouched.</source>
        <translation>停止复制并清理目标端；源端不受影响。</translation>
    </message>
    <message>
        <source>Suspend the DTS task; the source database keeps serving writes.</source>
        <translation>暂停 DTS 任务；源数据库继续承接写入。</translation>
    </message>
    <message>
        <source>Stop the incremental schedule; the source servers keep running and serving.</source>
        <translation>停止增量同步计划；源服务器继续运行并提供服务。</translation>
    </message>
    <message>
        <source>Drop the re-migrated target partitions and re-run those tasks.</source>
        <translation>删除重新迁移的目标分区，并重新运行这些任务。</translation>
    </message>
    <message>
        <source>Stop the incremental rescans; the source bucket is untouched.</source>
        <translation>停止增量扫描；源 Bucket 不受影响。</translation>
    </message>
    <message>
        <source>Stop the synchronisation; the source keeps serving.</source>
        <translation>停止同步；源端继续提供服务。</translation>
    </message>
    <message>
        <source>Nothing to roll back: checks change nothing. A failed check stops the cutover here.</source>
        <translation>无需回滚：检查不做任何变更。检查未通过时，割接在此停止。</translation>
    </message>
    <message>
        <source>Before cutover: create and precheck the DTS reverse task (target to source) so writes made after cutover can flow back.</source>
        <translation>割接前：创建 DTS 反向任务（目标到源）并完成预检查，以便割接后的写入可以回流。</translation>
    </message>
    <message>
        <source>At cutover: set the source database read-only; do not delete or drop it.</source>
        <translation>割接时：将源数据库设为只读；不要删除它。</translation>
    </message>
    <message>
        <source>To roll back: stop writes on the target, start the reverse task, wait until its lag is under 5 s, make the source writable and point the applications back at it.</source>
        <translation>回滚方法：停止目标端写入，启动反向任务，等待其延迟低于 5 秒，将源端恢复为可写，并把应用重新指向源端。</translation>
    </message>
    <message>
        <source>Before cutover: keep the SMC source servers running until the new instances pass verification.</source>
        <translation>割接前：保持 SMC 源服务器运行，直到新实例通过验证。</translation>
    </message>
    <message>
        <source>Run "complete incremental synchronization" (CutOverReplicationJob) only after the target instances verify: it is final, the replication job cannot be resumed.</source>
        <translation>只有在目标实例验证通过后才执行“完成增量同步”（CutOverReplicationJob）：此操作不可逆，迁移作业无法恢复。</translation>
    </message>
    <message>
        <source>To roll back: keep traffic on the source servers and release the new instances.</source>
        <translation>回滚方法：流量保持在源服务器上，并释放新实例。</translation>
    </message>
    <message>
        <source>Ahead of time: lower the DNS TTL (for example to 60 s) at least one old TTL before cutover.</source>
        <translation>提前：在割接前至少一个旧 TTL 时长，将 DNS TTL 降低（例如降至 60 秒）。</translation>
    </message>
    <message>
        <source>Before cutover: record the current DNS records and load balancer backends.</source>
        <translation>割接前：记录当前的 DNS 记录和负载均衡后端。</translation>
    </message>
    <message>
        <source>To roll back: point DNS and the load balancers back at the recorded source endpoints.</source>
        <translation>回滚方法：将 DNS 和负载均衡重新指向已记录的源端地址。</translation>
    </message>
    <message>
        <source>If verification fails: roll back the cutovers in reverse order, DNS/LB first, database last.</source>
        <translation>如果验证失败：按相反顺序回滚各次割接，先回滚 DNS/负载均衡，最后回滚数据库。</translation>
    </message>
    <message>
        <source>Until the window closes: keep the source read-only, the reverse task running and the source servers available.</source>
        <translation>窗口期结束前：保持源端只读、反向任务运行、源服务器可用。</translation>
    </message>
    <message>
        <source>When the window closes the cutover becomes permanent: release the reverse task only then.</source>
        <translation>窗口期结束后割接即成定局：此时才可释放反向任务。</translation>
    </message>
    <message>
        <source>Before deleting anything: take a final backup of each source and keep it for the retention period.</source>
        <translation>删除任何内容之前：对每个源做最后一次备份，并在保留期内妥善保存。</translation>
    </message>
    <message>
        <source>No rollback after this phase: the sources are deleted.</source>
        <translation>此阶段之后无法回滚：源端已被删除。</translation>
    </message>
    <message>
        <source>CutOverReplicationJob is final: the replication job cannot be resumed, only the source servers remain as a way back.</source>
        <translation>CutOverReplicationJob 不可逆：迁移作业无法恢复，只有源服务器可作为退路。</translation>
    </message>
    <message>
        <source>After the rollback window the DNS/LB cutover is permanent.</source>
        <translation>回滚窗口期结束后，DNS/负载均衡割接即成定局。</translation>
    </message>
    <message>
        <source>Decommission deletes the sources: nothing can be rolled back.</source>
        <translation>下线会删除源端：任何内容都无法回滚。</translation>
    </message>
</context>
<context>
    <name>ferry::model::Sequencing</name>
    <message>
        <source>Phase id %1 is used more than once.</source>
        <translation>阶段 ID %1 被重复使用。</translation>
    </message>
    <message>
        <source>Phase %1 depends on itself.</source>
        <translation>阶段 %1 依赖自身。</translation>
    </message>
    <message>
        <source>Phase %1 depends on %2, which is not a phase of this plan.</source>
        <translation>阶段 %1 依赖 %2，但 %2 不是此计划中的阶段。</translation>
    </message>
    <message>
        <source>Phases %1 depend on each other in a cycle; none of them can start.</source>
        <translation>阶段 %1 之间循环依赖；它们都无法开始。</translation>
    </message>
    <message>
        <source>Gate %1 guards phase %2, which is not a phase of this plan.</source>
        <translation>关口 %1 把守阶段 %2，但 %2 不是此计划中的阶段。</translation>
    </message>
    <message>
        <source>Cutover %1 does not come after any pre-cutover checks.</source>
        <translation>割接 %1 不在任何割接前检查之后。</translation>
    </message>
    <message>
        <source>Database cutover %1 does not come after a backup verification: without a tested restore there is no way back from a bad cutover.</source>
        <translation>数据库割接 %1 不在备份验证之后：没有经过验证的恢复，割接失败时就无路可退。</translation>
    </message>
    <message>
        <source>Cutover %1 does not come after %2, the %3 data migration it switches to.</source>
        <translation>割接 %1 不在 %2 之后，而 %2 正是它要切换到的 %3 数据迁移。</translation>
    </message>
    <message>
        <source>DNS/LB cutover %1 does not come after cutover %2: the database and servers are switched first, DNS/LB last.</source>
        <translation>DNS/负载均衡割接 %1 不在割接 %2 之后：应先切换数据库和服务器，最后切换 DNS/负载均衡。</translation>
    </message>
    <message>
        <source>DNS/LB cutover %1 does not come after %2 (%3): traffic would move before the data has been migrated.</source>
        <translation>DNS/负载均衡割接 %1 不在 %2（%3）之后：流量会在数据迁移完成之前切换。</translation>
    </message>
    <message>
        <source>DNS/LB cutover %1 comes after %2 (%3) but no pre-cutover check verifies that migration in between.</source>
        <translation>DNS/负载均衡割接 %1 在 %2（%3）之后，但两者之间没有割接前检查来验证该迁移。</translation>
    </message>
    <message>
        <source>Cutover %1 has no go/no-go gate.</source>
        <translation>割接 %1 没有 GO/NO-GO 关口。</translation>
    </message>
    <message>
        <source>Cutover %1 has no rollback path.</source>
        <translation>割接 %1 没有回滚路径。</translation>
    </message>
    <message>
        <source>Decommission %1 does not come after a rollback window: the sources would be gone while a rollback may still be needed.</source>
        <translation>下线 %1 不在回滚窗口期之后：在仍可能需要回滚时，源端就已不复存在。</translation>
    </message>
    <message>
        <source>Decommission %1 is planned to start at %3, before rollback window %2 ends at %4.</source>
        <translation>下线 %1 计划于 %3 开始，早于回滚窗口期 %2 的结束时间 %4。</translation>
    </message>
    <message>
        <source>Phase %1 is planned to end (%3) before it starts (%2).</source>
        <translation>阶段 %1 的计划结束时间（%3）早于开始时间（%2）。</translation>
    </message>
    <message>
        <source>Phase %1 is planned to start at %3, before its dependency %2 ends at %4.</source>
        <translation>阶段 %1 计划于 %3 开始，早于其依赖 %2 的结束时间 %4。</translation>
    </message>
    <message>
        <source>Phase %1 started at %3, before its dependency %2 ended at %4.</source>
        <translation>阶段 %1 于 %3 开始，早于其依赖 %2 的结束时间 %4。</translation>
    </message>
    <message>
        <source>Phase %1 has started but its dependency %2 has not ended.</source>
        <translation>阶段 %1 已开始，但其依赖 %2 尚未结束。</translation>
    </message>
    <message>
        <source>Phase %1 has no owner.</source>
        <translation>阶段 %1 没有负责人。</translation>
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