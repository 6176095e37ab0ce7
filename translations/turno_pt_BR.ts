<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>CallCenterApp</name>
    <message>
        <source>Invalid --operators "%1": give distinct ids separated by commas, such as A,B.</source>
        <translation>--operators "%1" inválido: informe identificadores distintos separados por vírgulas, como A,B.</translation>
    </message>
    <message>
        <source>Invalid --ring-timeout "%1": give a number of seconds, 0 or more.</source>
        <translation>--ring-timeout "%1" inválido: informe um número de segundos, 0 ou mais.</translation>
    </message>
    <message>
        <source>Unknown --strategy "%1": choose one of %2.</source>
        <translation>--strategy "%1" desconhecida: escolha uma de %2.</translation>
    </message>
    <message>
        <source>Invalid --port "%1": give a number from 0 to 65535.</source>
        <translation>--port "%1" inválido: informe um número de 0 a 65535.</translation>
    </message>
    <message>
        <source>Invalid --listen "%1": give an IP address such as 127.0.0.1.</source>
        <translation>--listen "%1" inválido: informe um endereço IP como 127.0.0.1.</translation>
    </message>
    <message>
        <source>Invalid --connect "%1": give HOST:PORT, such as 127.0.0.1:5678.</source>
        <translation>--connect "%1" inválido: informe HOST:PORTA, como 127.0.0.1:5678.</translation>
    </message>
    <message>
        <source>Unexpected argument "%1"; see --help.</source>
        <translation>Argumento inesperado "%1"; veja --help.</translation>
    </message>
    <message>
        <source>Choose either --serve or --connect, not both.</source>
        <translation>Escolha --serve ou --connect, não ambos.</translation>
    </message>
    <message>
        <source>%1 is a setting of the queue server; give it to --serve, not to --connect.</source>
        <translation>%1 é uma configuração do servidor da fila; informe-a com --serve, não com --connect.</translation>
    </message>
    <message>
        <source>%1 only applies with --serve.</source>
        <translation>%1 só se aplica com --serve.</translation>
    </message>
    <message>
        <source>Call-center queue console: routes calls to operators. Reads call, answer, reject, hangup, help and quit commands from standard input.</source>
        <translation>Console da fila do call center: encaminha as chamadas aos operadores. Lê os comandos call, answer, reject, hangup, help e quit da entrada padrão.</translation>
    </message>
    <message>
        <source>Operator ids, in order, separated by commas.</source>
        <translation>Identificadores dos operadores, em ordem, separados por vírgulas.</translation>
    </message>
    <message>
        <source>Seconds a call may ring before it is offered on (fractions allowed; 0 disables).</source>
        <translation>Segundos que uma chamada pode tocar antes de ser oferecida adiante (frações permitidas; 0 desativa).</translation>
    </message>
    <message>
        <source>How an available operator is chosen: %1.</source>
        <translation>Como um operador disponível é escolhido: %1.</translation>
    </message>
    <message>
        <source>Language of the messages, such as pt_BR, es or fr.</source>
        <translation>Idioma das mensagens, como pt_BR, es ou fr.</translation>
    </message>
    <message>
        <source>Run as the queue server.</source>
        <translation>Executar como servidor da fila.</translation>
    </message>
    <message>
        <source>Port to listen on with --serve (0 picks a free one).</source>
        <translation>Porta de escuta com --serve (0 escolhe uma livre).</translation>
    </message>
    <message>
        <source>Address to listen on with --serve.</source>
        <translation>Endereço de escuta com --serve.</translation>
    </message>
    <message>
        <source>Send the commands to a queue server.</source>
        <translation>Enviar os comandos a um servidor da fila.</translation>
    </message>
</context>
<context>
    <name>CallCenterText</name>
    <message>
        <source>Call %1 received</source>
        <translation>Chamada %1 recebida</translation>
    </message>
    <message>
        <source>Call %1 ringing for operator %2</source>
        <translation>Chamada %1 tocando para o operador %2</translation>
    </message>
    <message>
        <source>Call %1 waiting in queue</source>
        <translation>Chamada %1 aguardando na fila</translation>
    </message>
    <message>
        <source>Call %1 answered by operator %2</source>
        <translation>Chamada %1 atendida pelo operador %2</translation>
    </message>
    <message>
        <source>Call %1 rejected by operator %2</source>
        <translation>Chamada %1 rejeitada pelo operador %2</translation>
    </message>
    <message>
        <source>Call %1 ignored by operator %2</source>
        <translation>Chamada %1 ignorada pelo operador %2</translation>
    </message>
    <message>
        <source>Call %1 withdrawn from operator %2</source>
        <translation>Chamada %1 retirada do operador %2</translation>
    </message>
    <message>
        <source>Call %1 finished and operator %2 available</source>
        <translation>Chamada %1 concluída e operador %2 disponível</translation>
    </message>
    <message>
        <source>Call %1 missed</source>
        <translation>Chamada %1 perdida</translation>
    </message>
    <message>
        <source>Unknown command "%1". Type help to see the commands.</source>
        <translation>Comando desconhecido "%1". Digite help para ver os comandos.</translation>
    </message>
    <message>
        <source>The %1 command needs an id.</source>
        <translation>O comando %1 precisa de um identificador.</translation>
    </message>
    <message>
        <source>The id given to %1 is too long: at most %2 characters.</source>
        <translation>O identificador dado a %1 é longo demais: no máximo %2 caracteres.</translation>
    </message>
    <message>
        <source>Unexpected "%1" after the %2 command.</source>
        <translation>"%1" inesperado depois do comando %2.</translation>
    </message>
    <message>
        <source>There is no call %1.</source>
        <translation>Não há nenhuma chamada %1.</translation>
    </message>
    <message>
        <source>Call id %1 is already in use.</source>
        <translation>O identificador de chamada %1 já está em uso.</translation>
    </message>
    <message>
        <source>There is no operator %1.</source>
        <translation>Não há nenhum operador %1.</translation>
    </message>
    <message>
        <source>Operator %1 has no call ringing.</source>
        <translation>O operador %1 não tem nenhuma chamada tocando.</translation>
    </message>
    <message>
        <source>Operator id %1 is already in use.</source>
        <translation>O identificador de operador %1 já está em uso.</translation>
    </message>
    <message>
        <source>Operator %1 is not free.</source>
        <translation>O operador %1 não está livre.</translation>
    </message>
    <message>
        <source>Call %1 is not waiting in the queue.</source>
        <translation>A chamada %1 não está aguardando na fila.</translation>
    </message>
    <message>
        <source>The message is not a JSON object.</source>
        <translation>A mensagem não é um objeto JSON.</translation>
    </message>
    <message>
        <source>The message has no command.</source>
        <translation>A mensagem não tem nenhum comando.</translation>
    </message>
    <message>
        <source>The line is longer than 4 KiB; closing the connection.</source>
        <translation>A linha passa de 4 KiB; fechando a conexão.</translation>
    </message>
    <message>
        <source>Commands:
  call &lt;call id&gt;        a call arrives
  answer &lt;operator id&gt;  the operator answers its ringing call
  reject &lt;operator id&gt;  the operator turns its ringing call down
  hangup &lt;call id&gt;      the caller hangs up
  help                  show this list
  quit                  leave</source>
        <translation>Comandos:
  call &lt;id da chamada&gt;     chega uma chamada
  answer &lt;id do operador&gt;  o operador atende a chamada que está tocando
  reject &lt;id do operador&gt;  o operador rejeita a chamada que está tocando
  hangup &lt;id da chamada&gt;   quem ligou desliga
  help                     mostra esta lista
  quit                     sair</translation>
    </message>
    <message>
        <source>Type help to see the commands.</source>
        <translation>Digite help para ver os comandos.</translation>
    </message>
    <message>
        <source>Listening on %1 port %2</source>
        <translation>Escutando em %1 porta %2</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Não é possível escutar em %1 porta %2: %3</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Não é possível conectar a %1: %2</translation>
    </message>
    <message>
        <source>The connection to %1 was closed.</source>
        <translation>A conexão com %1 foi fechada.</translation>
    </message>
</context>
<context>
    <name>ServerApp</name>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Endereço em que escutar (padrão 127.0.0.1).</translation>
    </message>
    <message>
        <source>TCP port (default 5680; 0 picks a free port and logs it).</source>
        <translation>Porta TCP (padrão 5680; 0 escolhe uma porta livre e a registra).</translation>
    </message>
    <message>
        <source>SQLite database file (default %1).</source>
        <translation>Arquivo de banco de dados SQLite (padrão %1).</translation>
    </message>
    <message>
        <source>Load the demo accounts into an empty database.</source>
        <translation>Carrega as contas de demonstração em um banco de dados vazio.</translation>
    </message>
    <message>
        <source>Run without the log window; log to stdout.</source>
        <translation>Executa sem a janela de registro; registra na saída padrão.</translation>
    </message>
    <message>
        <source>Language of the log (es, pt_BR, fr, en); default: the system's.</source>
        <translation>Idioma do registro (es, pt_BR, fr, en); padrão: o do sistema.</translation>
    </message>
    <message>
        <source>Time a new connection has to finish the handshake (default 10000).</source>
        <translation>Tempo que uma nova conexão tem para concluir o handshake (padrão 10000).</translation>
    </message>
    <message>
        <source>Delay of the simulated provider backend (default 1500).</source>
        <translation>Atraso do sistema simulado do provedor (padrão 1500).</translation>
    </message>
    <message>
        <source>Make the simulated provider backend fail with this reason.</source>
        <translation>Faz o sistema simulado do provedor falhar com este motivo.</translation>
    </message>
    <message>
        <source>Password hashing cost: default or low (load tests only).</source>
        <translation>Custo do hash de senhas: default ou low (apenas testes de carga).</translation>
    </message>
    <message>
        <source>An account command (see above); none starts the server.</source>
        <translation>Um comando de contas (veja acima); sem comando, o servidor é iniciado.</translation>
    </message>
    <message>
        <source>Invalid --listen address: %1</source>
        <translation>Endereço --listen inválido: %1</translation>
    </message>
    <message>
        <source>Invalid --port: %1 (use 0 to 65535)</source>
        <translation>--port inválida: %1 (use 0 a 65535)</translation>
    </message>
    <message>
        <source>Invalid --handshake-timeout-ms: %1</source>
        <translation>--handshake-timeout-ms inválido: %1</translation>
    </message>
    <message>
        <source>Invalid --backend-delay-ms: %1</source>
        <translation>--backend-delay-ms inválido: %1</translation>
    </message>
    <message>
        <source>Invalid --hash-cost: %1 (use default or low)</source>
        <translation>--hash-cost inválido: %1 (use default ou low)</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Não é possível abrir o banco de dados %1: %2</translation>
    </message>
    <message>
        <source>Unknown command: %1 (see --help)</source>
        <translation>Comando desconhecido: %1 (veja --help)</translation>
    </message>
    <message>
        <source>Database %1.</source>
        <translation>Banco de dados %1.</translation>
    </message>
    <message>
        <source>Shutting down.</source>
        <translation>Encerrando o servidor.</translation>
    </message>
    <message>
        <source>Seconds an offer rings for an executive before it goes to someone else (default 20).</source>
        <translation>Segundos que uma oferta toca para um executivo antes de passar a outro (padrão 20).</translation>
    </message>
    <message>
        <source>Let customers create their own accounts (off by default; --demo turns it on).</source>
        <translation>Permite que os clientes criem a própria conta (desativado por padrão; --demo o ativa).</translation>
    </message>
    <message>
        <source>Invalid --ring-timeout: %1 (use seconds from 0.1 to 3600)</source>
        <translation>--ring-timeout inválido: %1 (use segundos de 0.1 a 3600)</translation>
    </message>
    <message>
        <source>Seconds a customer whose connection dropped keeps their place or conversation (default 120).</source>
        <translation>Segundos que um cliente cuja conexão caiu mantém seu lugar ou sua conversa (padrão 120).</translation>
    </message>
    <message>
        <source>Invalid --resume-grace: %1 (use seconds from 0 to 86400)</source>
        <translation>--resume-grace inválido: %1 (use segundos de 0 a 86400)</translation>
    </message>
    <message>
        <source>Seconds of after-call work after each session before new offers (default 30).</source>
        <translation>Segundos de trabalho pós-atendimento antes de novas ofertas (padrão 30).</translation>
    </message>
    <message>
        <source>Unanswered offers in a row that set an executive Away (default 2).</source>
        <translation>Ofertas seguidas sem resposta que deixam um executivo Ausente (padrão 2).</translation>
    </message>
    <message>
        <source>Invalid --wrap-up: %1 (use seconds from 0 to 3600)</source>
        <translation>--wrap-up inválido: %1 (use segundos de 0 a 3600)</translation>
    </message>
    <message>
        <source>Invalid --missed-offers: %1 (use 1 to 100)</source>
        <translation>--missed-offers inválido: %1 (use 1 a 100)</translation>
    </message>
    <message>
        <source>Loaded 1 demo account.</source>
        <translation>1 conta de demonstração carregada.</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n demo accounts.</source>
        <translation><numerusform>%n conta de demonstração carregada.</numerusform><numerusform>%n contas de demonstração carregadas.</numerusform></translation>
    </message>
    <message>
        <source>Which available executive gets the next customer: longest-idle (default), round-robin, fewest-answered or ordered.</source>
        <translation>Qual executivo disponível recebe o próximo cliente: longest-idle (padrão), round-robin, fewest-answered ou ordered.</translation>
    </message>
    <message>
        <source>Invalid --strategy: %1 (use longest-idle, round-robin, fewest-answered or ordered)</source>
        <translation>--strategy inválido: %1 (use longest-idle, round-robin, fewest-answered ou ordered)</translation>
    </message>
    <message>
        <source>Sessions an executive may have at once, counting those on hold (default 2).</source>
        <translation>Sessões que um executivo pode ter ao mesmo tempo, contando as em espera (padrão 2).</translation>
    </message>
    <message>
        <source>Seconds an invitation to a session waits for its answer (default 30).</source>
        <translation>Segundos que um convite para uma sessão espera a resposta (padrão 30).</translation>
    </message>
    <message>
        <source>Write a [STATS] line to the log every this many seconds (default 0: never).</source>
        <translation>Escrever uma linha [STATS] no registro a cada tantos segundos (padrão 0: nunca).</translation>
    </message>
    <message>
        <source>Invalid --session-limit: %1 (use 1 to 10)</source>
        <translation>--session-limit inválido: %1 (use de 1 a 10)</translation>
    </message>
    <message>
        <source>Invalid --invitation-timeout: %1 (use seconds from 0.1 to 3600)</source>
        <translation>--invitation-timeout inválido: %1 (use segundos de 0,1 a 3600)</translation>
    </message>
    <message>
        <source>Invalid --stats-interval: %1 (use seconds from 0 to 86400)</source>
        <translation>--stats-interval inválido: %1 (use segundos de 0 a 86400)</translation>
    </message>
    <message>
        <source>Turno contact-center server.

Account commands (the password is read from stdin):
  add-customer RUT "FULL NAME"
  add-executive USERNAME "FULL NAME" [--role executive|supervisor] [--services internet,wifi]
  add-customers --count N --prefix NAME [--seed S] [--password-cost low|default]
  add-executives --count M --prefix NAME [--seed S] [--password-cost low|default] [--supervisors K]
  list-accounts
  demo-accounts   (prints the demo accounts and their passwords)
  fingerprint     (prints the SHA-256 fingerprint of the server's TLS key, for clients to check)</source>
        <translation>Servidor da central de atendimento Turno.

Comandos de contas (a senha é lida da entrada padrão):
  add-customer RUT "NOME COMPLETO"
  add-executive USUÁRIO "NOME COMPLETO" [--role executive|supervisor] [--services internet,wifi]
  add-customers --count N --prefix NOME [--seed S] [--password-cost low|default]
  add-executives --count M --prefix NOME [--seed S] [--password-cost low|default] [--supervisors K]
  list-accounts
  demo-accounts   (mostra as contas de demonstração e suas senhas)
  fingerprint     (mostra a impressão digital SHA-256 da chave TLS do servidor, para os clientes conferirem)</translation>
    </message>
    <message>
        <source>No TLS: for debugging on this machine only (refused on any address but loopback).</source>
        <translation>Sem TLS: só para depuração nesta máquina (recusado em qualquer endereço que não seja loopback).</translation>
    </message>
    <message>
        <source>PEM certificate chain (the server's first). Default: a self-signed certificate made beside the database.</source>
        <translation>Cadeia de certificados PEM (primeiro o do servidor). Padrão: um certificado autoassinado criado ao lado do banco de dados.</translation>
    </message>
    <message>
        <source>PEM private key of --tls-cert.</source>
        <translation>Chave privada PEM de --tls-cert.</translation>
    </message>
    <message>
        <source>Seconds a customer may keep resuming after a log-in before logging in again (default 28800).</source>
        <translation>Segundos em que um cliente pode continuar retomando a sessão depois de entrar antes de precisar entrar de novo (padrão 28800).</translation>
    </message>
    <message>
        <source>Invalid --token-lifetime: %1 (use seconds from 1 to 2592000)</source>
        <translation>--token-lifetime inválido: %1 (use segundos de 1 a 2592000)</translation>
    </message>
    <message>
        <source>--plaintext cannot be combined with --tls-cert or --tls-key.</source>
        <translation>--plaintext não pode ser combinado com --tls-cert nem com --tls-key.</translation>
    </message>
    <message>
        <source>--plaintext listens only on a loopback address (127.0.0.1 or ::1), never on %1: without TLS, passwords would cross the network in clear.</source>
        <translation>--plaintext só escuta em um endereço loopback (127.0.0.1 ou ::1), nunca em %1: sem TLS, as senhas atravessariam a rede às claras.</translation>
    </message>
    <message>
        <source>Created a self-signed certificate: %1.</source>
        <translation>Certificado autoassinado criado: %1.</translation>
    </message>
    <message>
        <source>TLS key fingerprint (SHA-256): %1</source>
        <translation>Impressão digital da chave TLS (SHA-256): %1</translation>
    </message>
    <message>
        <source>Seconds a new connection has to log in before it is closed (default 30).</source>
        <translation>Segundos que uma conexão nova tem para entrar antes de ser fechada (padrão 30).</translation>
    </message>
    <message>
        <source>Connections at once (default: the open-file limit, raised to its hard limit, less 64).</source>
        <translation>Conexões simultâneas (padrão: o limite de arquivos abertos, elevado ao máximo, menos 64).</translation>
    </message>
    <message>
        <source>Connections not logged in yet from one address (default 32).</source>
        <translation>Conexões ainda sem login a partir de um mesmo endereço (padrão 32).</translation>
    </message>
    <message>
        <source>Invalid --login-timeout: %1 (use seconds from 0.1 to 3600)</source>
        <translation>--login-timeout inválido: %1 (use segundos de 0.1 a 3600)</translation>
    </message>
    <message>
        <source>Invalid --max-unauthenticated-per-address: %1 (use 1 to 100000)</source>
        <translation>--max-unauthenticated-per-address inválido: %1 (use de 1 a 100000)</translation>
    </message>
    <message>
        <source>Invalid --max-connections: %1 (use 1 to 10000000)</source>
        <translation>--max-connections inválido: %1 (use de 1 a 10000000)</translation>
    </message>
    <message>
        <source>Open-file limit %1 (raised from %2): up to %3 connections.</source>
        <translation>Limite de arquivos abertos %1 (elevado de %2): até %3 conexões.</translation>
    </message>
    <message>
        <source>Open-file limit %1: up to %2 connections.</source>
        <translation>Limite de arquivos abertos %1: até %2 conexões.</translation>
    </message>
    <message>
        <source>Seconds of quiet after which a logged-in app is pinged (default 30).</source>
        <translation>Segundos de silêncio após os quais um app com login recebe um ping (padrão 30).</translation>
    </message>
    <message>
        <source>Seconds of silence after which a logged-in app is disconnected (default 90).</source>
        <translation>Segundos de silêncio após os quais um app com login é desconectado (padrão 90).</translation>
    </message>
    <message>
        <source>Invalid --heartbeat-interval or --heartbeat-timeout: %1 and %2 (the timeout must be longer than the interval; seconds up to 3600 and 86400)</source>
        <translation>--heartbeat-interval ou --heartbeat-timeout inválidos: %1 e %2 (o prazo deve ser maior que o intervalo; segundos até 3600 e 86400)</translation>
    </message>
    <message>
        <source>How often a kind of request may come: NAME=COUNT/UNIT[:BURST] (UNIT s, min or h) or NAME=off; repeat for several. Defaults: %1.</source>
        <translation>Com que frequência cada tipo de pedido pode chegar: NOME=QUANTIDADE/UNIDADE[:RAJADA] (UNIDADE s, min ou h) ou NOME=off; repita para vários. Padrões: %1.</translation>
    </message>
    <message>
        <source>Password checks and hashes waiting at once; beyond them log-ins and sign-ups are told to try again (default %1).</source>
        <translation>Verificações e hashes de senha em espera ao mesmo tempo; além disso, logins e cadastros são instruídos a tentar de novo (padrão %1).</translation>
    </message>
    <message>
        <source>Days the request log keeps a row (default 400; 0 keeps them forever).</source>
        <translation>Dias que o registro de pedidos guarda cada linha (padrão 400; 0 guarda para sempre).</translation>
    </message>
    <message>
        <source>Seconds in which the same log line or request-log row is written five times at most; the rest are counted in one "… N more like this" (default 60; 0 writes every one).</source>
        <translation>Segundos em que a mesma linha do log ou do registro de pedidos é escrita no máximo cinco vezes; o resto é contado em um "… mais N como esta" (padrão 60; 0 escreve todas).</translation>
    </message>
    <message>
        <source>Invalid --rate-limit: %1</source>
        <translation>--rate-limit inválido: %1</translation>
    </message>
    <message>
        <source>Invalid --collapse-repeats: %1 (use seconds from 0 to 86400)</source>
        <translation>--collapse-repeats inválido: %1 (use segundos de 0 a 86400)</translation>
    </message>
    <message>
        <source>Invalid --hash-queue: %1 (use 1 to 100000)</source>
        <translation>--hash-queue inválido: %1 (use de 1 a 100000)</translation>
    </message>
    <message>
        <source>Invalid --request-log-retention: %1 (use days from 0 to 36600)</source>
        <translation>--request-log-retention inválido: %1 (use dias de 0 a 36600)</translation>
    </message>
    <message>
        <source>KiB that may wait to be sent to one app before it counts as not reading and is disconnected (default 4096).</source>
        <translation>KiB que podem esperar para ser enviados a um app antes de ele ser considerado como sem leitura e desconectado (padrão 4096).</translation>
    </message>
    <message>
        <source>Invalid --max-pending-write: %1 (use KiB from 128 to 1048576)</source>
        <translation>--max-pending-write inválido: %1 (use KiB de 128 a 1048576)</translation>
    </message>
</context>
<context>
    <name>ServerLog</name>
    <message>
        <source>… %1 more like this: %2</source>
        <translation>… mais %1 como esta: %2</translation>
    </message>
</context>
<context>
    <name>ServerTls</name>
    <message>
        <source>Give both --tls-cert and --tls-key, or neither.</source>
        <translation>Informe --tls-cert e --tls-key juntos, ou nenhum dos dois.</translation>
    </message>
    <message>
        <source>Cannot create the server's certificate: %1</source>
        <translation>Não foi possível criar o certificado do servidor: %1</translation>
    </message>
    <message>
        <source>Cannot read the certificate %1: %2</source>
        <translation>Não foi possível ler o certificado %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the private key %1: %2</source>
        <translation>Não foi possível ler a chave privada %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 não contém nenhum certificado PEM.</translation>
    </message>
    <message>
        <source>%1 holds no PEM private key (EC or RSA, unencrypted).</source>
        <translation>%1 não contém nenhuma chave privada PEM (EC ou RSA, sem criptografia).</translation>
    </message>
    <message>
        <source>The private key %1 does not belong to the certificate %2.</source>
        <translation>A chave privada %1 não corresponde ao certificado %2.</translation>
    </message>
</context>
<context>
    <name>Turno::AccountDialog</name>
    <message>
        <source>Change your password</source>
        <translation>Altere sua senha</translation>
    </message>
    <message>
        <source>Change your name</source>
        <translation>Altere seu nome</translation>
    </message>
    <message>
        <source>Enter your current password, then the new one twice. It needs at least %1 characters.</source>
        <translation>Digite sua senha atual e depois a nova duas vezes. Ela precisa de pelo menos %1 caracteres.</translation>
    </message>
    <message>
        <source>This is the name we greet you with and that our executives see.</source>
        <translation>É o nome com que cumprimentamos você e que nossos executivos veem.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>Senha &amp;atual:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nova senha:</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>R&amp;epetir senha:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nome &amp;completo:</translation>
    </message>
    <message>
        <source>We are changing your password…</source>
        <translation>Estamos alterando sua senha…</translation>
    </message>
    <message>
        <source>We are changing your name…</source>
        <translation>Estamos alterando seu nome…</translation>
    </message>
</context>
<context>
    <name>Turno::Admin::AccountCommands</name>
    <message>
        <source>Usage: turno-server --database FILE add-customer RUT "FULL NAME" [--wifi-ssid NAME] [--plan PLAN]</source>
        <translation>Uso: turno-server --database ARQUIVO add-customer RUT "NOME COMPLETO" [--wifi-ssid NOME] [--plan PLANO]</translation>
    </message>
    <message>
        <source>Usage: turno-server --database FILE add-executive USERNAME "FULL NAME" [--role executive|supervisor] [--services internet,wifi]</source>
        <translation>Uso: turno-server --database ARQUIVO add-executive USUÁRIO "NOME COMPLETO" [--role executive|supervisor] [--services internet,wifi]</translation>
    </message>
    <message>
        <source>Usage: turno-server --database FILE list-accounts</source>
        <translation>Uso: turno-server --database ARQUIVO list-accounts</translation>
    </message>
    <message>
        <source>Usage: turno-server --database FILE add-customers --count N --prefix NAME [--seed S] [--password-cost low|default]</source>
        <translation>Uso: turno-server --database ARQUIVO add-customers --count N --prefix NOME [--seed S] [--password-cost low|default]</translation>
    </message>
    <message>
        <source>The full name must have 1 to %1 characters.</source>
        <translation>O nome completo deve ter de 1 a %1 caracteres.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Senha de %1: </translation>
    </message>
    <message>
        <source>No password was given on standard input.</source>
        <translation>Nenhuma senha foi informada na entrada padrão.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>A senha deve ter pelo menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The password must have at most %1 characters.</source>
        <translation>A senha deve ter no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>Repita a senha: </translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>As senhas não coincidem.</translation>
    </message>
    <message>
        <source>The password could not be hashed (not enough memory?).</source>
        <translation>Não foi possível calcular o hash da senha (falta de memória?).</translation>
    </message>
    <message>
        <source>Invalid RUT: %1. Write it as 12.345.678-5, 12345678-5 or 123456785.</source>
        <translation>RUT inválido: %1. Escreva-o como 12.345.678-5, 12345678-5 ou 123456785.</translation>
    </message>
    <message>
        <source>A customer with RUT %1 already exists.</source>
        <translation>Já existe um cliente com o RUT %1.</translation>
    </message>
    <message>
        <source>The account could not be saved: %1</source>
        <translation>Não foi possível salvar a conta: %1</translation>
    </message>
    <message>
        <source>Added customer %1 (%2).</source>
        <translation>Cliente %1 (%2) adicionado.</translation>
    </message>
    <message>
        <source>Unknown role: %1. Use executive or supervisor.</source>
        <translation>Papel desconhecido: %1. Use executive ou supervisor.</translation>
    </message>
    <message>
        <source>Unknown service: %1. Known services: %2.</source>
        <translation>Serviço desconhecido: %1. Serviços conhecidos: %2.</translation>
    </message>
    <message>
        <source>An executive with username %1 already exists.</source>
        <translation>Já existe um executivo com o usuário %1.</translation>
    </message>
    <message>
        <source>Added executive %1 (%2), role %3, services: %4.</source>
        <translation>Executivo %1 (%2) adicionado, papel %3, serviços: %4.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>The accounts could not be read: %1</source>
        <translation>Não foi possível ler as contas: %1</translation>
    </message>
    <message numerus="yes">
        <source>Customers (%n):</source>
        <translation><numerusform>Clientes (%n):</numerusform><numerusform>Clientes (%n):</numerusform></translation>
    </message>
    <message>
        <source>RUT</source>
        <translation>RUT</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Wi-Fi network</source>
        <translation>Rede Wi-Fi</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plano</translation>
    </message>
    <message numerus="yes">
        <source>Executives (%n):</source>
        <translation><numerusform>Executivos (%n):</numerusform><numerusform>Executivos (%n):</numerusform></translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Serviços</translation>
    </message>
    <message>
        <source>--count must be a number from 1 to %1.</source>
        <translation>--count deve ser um número de 1 a %1.</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 up.</source>
        <translation>--seed deve ser um número inteiro a partir de 0.</translation>
    </message>
    <message>
        <source>--prefix must have 1 to %1 characters.</source>
        <translation>--prefix deve ter de 1 a %1 caracteres.</translation>
    </message>
    <message>
        <source>Unknown password cost: %1. Use low or default.</source>
        <translation>Custo de senha desconhecido: %1. Use low ou default.</translation>
    </message>
    <message>
        <source>Some of these RUTs are already in the database, so nothing was added. Use another --seed.</source>
        <translation>Alguns destes RUTs já estão no banco de dados, então nada foi adicionado. Use outro --seed.</translation>
    </message>
    <message>
        <source>The accounts could not be saved: %1</source>
        <translation>Não foi possível salvar as contas: %1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n customers in %1 s.</source>
        <translation><numerusform>%n cliente adicionado em %1 s.</numerusform><numerusform>%n clientes adicionados em %1 s.</numerusform></translation>
    </message>
    <message>
        <source>Their passwords come from seed %1, as described under "Bulk accounts" in docs/storage.md.</source>
        <translation>As senhas vêm da semente %1, como descrito em "Bulk accounts" em docs/storage.md.</translation>
    </message>
    <message>
        <source>First: RUT %1, password %2. Last: RUT %3, password %4.</source>
        <translation>Primeiro: RUT %1, senha %2. Último: RUT %3, senha %4.</translation>
    </message>
    <message>
        <source>These accounts use the low password cost: use them for load tests only.</source>
        <translation>Estas contas usam o custo de senha baixo: use-as apenas em testes de carga.</translation>
    </message>
    <message>
        <source>Usage: turno-server --database FILE add-executives --count M --prefix NAME [--seed S] [--password-cost low|default] [--supervisors K]</source>
        <translation>Uso: turno-server --database ARQUIVO add-executives --count M --prefix NOME [--seed S] [--password-cost low|default] [--supervisors K]</translation>
    </message>
    <message>
        <source>--supervisors must be a number from 0 to --count.</source>
        <translation>--supervisors deve ser um número de 0 a --count.</translation>
    </message>
    <message>
        <source>An executive with username %1 already exists, so nothing was added. Use another --prefix.</source>
        <translation>Já existe um executivo com o usuário %1, então nada foi adicionado. Use outro --prefix.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n executives in %1 s.</source>
        <translation><numerusform>%n executivo adicionado em %1 s.</numerusform><numerusform>%n executivos adicionados em %1 s.</numerusform></translation>
    </message>
    <message>
        <source>First: %1, password %2 (%3). Last: %4, password %5.</source>
        <translation>Primeiro: %1, senha %2 (%3). Último: %4, senha %5.</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>executive</source>
        <translation>executivo</translation>
    </message>
    <message>
        <source>The full name is too long: at most %1 bytes in UTF-8, and characters of some scripts take 3 or 4 bytes each.</source>
        <translation>O nome completo é longo demais: no máximo %1 bytes em UTF-8, e os caracteres de algumas escritas ocupam 3 ou 4 bytes cada um.</translation>
    </message>
    <message>
        <source>The full name must not contain control or formatting characters.</source>
        <translation>O nome completo não deve conter caracteres de controle nem de formatação.</translation>
    </message>
    <message>
        <source>Invalid username: %1. Use %2 to %3 letters, digits, dots, dashes or underscores.</source>
        <translation>Nome de usuário inválido: %1. Use de %2 a %3 letras, dígitos, pontos, hifens ou sublinhados.</translation>
    </message>
    <message>
        <source>--prefix must have 1 to %1 lowercase letters, digits, dots, dashes or underscores.</source>
        <translation>--prefix deve ter de 1 a %1 letras minúsculas, dígitos, pontos, hífens ou sublinhados.</translation>
    </message>
</context>
<context>
    <name>Turno::AppCommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Mostra esta ajuda e sai.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Mostra a versão e sai.</translation>
    </message>
    <message>
        <source>The support server as host:port (default: 127.0.0.1:5680).</source>
        <translation>O servidor de atendimento como host:porta (padrão: 127.0.0.1:5680).</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>host:porta</translation>
    </message>
    <message>
        <source>The language to use: es, pt_BR, fr or en (default: the system's).</source>
        <translation>O idioma a usar: es, pt_BR, fr ou en (padrão: o do sistema).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>%1: %2
Run "%1 --help" to see the options.</source>
        <translation>%1: %2
Execute "%1 --help" para ver as opções.</translation>
    </message>
    <message>
        <source>%1: unexpected argument "%2".
Run "%1 --help" to see the options.</source>
        <translation>%1: argumento inesperado "%2".
Execute "%1 --help" para ver as opções.</translation>
    </message>
    <message>
        <source>%1: invalid --server "%2". %3</source>
        <translation>%1: --server "%2" inválido. %3</translation>
    </message>
    <message>
        <source>%1: unknown language "%2". Choose es, pt_BR, fr or en.</source>
        <translation>%1: idioma desconhecido "%2". Escolha es, pt_BR, fr ou en.</translation>
    </message>
    <message>
        <source>%1: no display was found, so no window can open. Use --cli to work in this terminal.</source>
        <translation>%1: nenhuma tela foi encontrada, então nenhuma janela pode abrir. Use --cli para trabalhar neste terminal.</translation>
    </message>
    <message>
        <source>Connect without encryption, to a server started with --plaintext on this machine (debugging only).</source>
        <translation>Conectar sem criptografia a um servidor iniciado com --plaintext nesta máquina (só para depuração).</translation>
    </message>
    <message>
        <source>Trust the server whose key has this SHA-256 fingerprint (as "turno-server fingerprint" prints it) without asking, and remember it.</source>
        <translation>Confiar sem perguntar no servidor cuja chave tem esta impressão digital SHA-256 (como "turno-server fingerprint" a mostra), e lembrá-la.</translation>
    </message>
    <message>
        <source>hex</source>
        <translation>hex</translation>
    </message>
    <message>
        <source>%1: invalid --trust-fingerprint "%2": give the 64 hexadecimal digits that "turno-server fingerprint" prints (colons are optional).</source>
        <translation>%1: --trust-fingerprint "%2" inválido: informe os 64 dígitos hexadecimais que "turno-server fingerprint" mostra (os dois-pontos são opcionais).</translation>
    </message>
    <message>
        <source>%1: --plaintext and --trust-fingerprint exclude each other.</source>
        <translation>%1: --plaintext e --trust-fingerprint se excluem.</translation>
    </message>
</context>
<context>
    <name>Turno::ChatPage</name>
    <message>
        <source>&amp;End conversation</source>
        <translation>&amp;Encerrar conversa</translation>
    </message>
    <message>
        <source>Press %1 to end the conversation.</source>
        <translation>Pressione %1 para encerrar a conversa.</translation>
    </message>
    <message>
        <source>Write your message and press Enter</source>
        <translation>Escreva sua mensagem e pressione Enter</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>En&amp;viar</translation>
    </message>
    <message>
        <source>You are talking with %1.</source>
        <translation>Você está conversando com %1.</translation>
    </message>
    <message>
        <source>Conversation time: %1</source>
        <comment>minutes:seconds</comment>
        <translation>Tempo de conversa: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>sender's name · time of the message</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>You · %1</source>
        <comment>time of the message</comment>
        <translation>Você · %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Delivered %1 ✓</source>
        <comment>time the message was stored</comment>
        <translation>Entregue %1 ✓</translation>
    </message>
    <message>
        <source>&amp;Leave the queue</source>
        <translation>&amp;Sair da fila</translation>
    </message>
    <message>
        <source>Press %1 to leave the queue.</source>
        <translation>Pressione %1 para sair da fila.</translation>
    </message>
    <message>
        <source>You can write again as soon as %1 takes your conversation.</source>
        <translation>Você poderá escrever de novo assim que %1 assumir sua conversa.</translation>
    </message>
    <message>
        <source>Transferring you to %1…</source>
        <translation>Transferindo você para %1…</translation>
    </message>
    <message>
        <source>You are now talking with %1.</source>
        <translation>Agora você está conversando com %1.</translation>
    </message>
    <message>
        <source>On hold: %1 will be back with you here. You can still write.</source>
        <translation>Em espera: %1 voltará a falar com você aqui. Você ainda pode escrever.</translation>
    </message>
    <message>
        <source>Also in this conversation: %1</source>
        <translation>Também nesta conversa: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>place in line, then the estimated wait</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Finding your place in line…</source>
        <translation>Procurando seu lugar na fila…</translation>
    </message>
</context>
<context>
    <name>Turno::ClientCommandLine</name>
    <message>
        <source>Turno customer support: restart your internet service and get help from an executive.</source>
        <translation>Atendimento ao cliente Turno: reinicie seu serviço de internet e receba ajuda de um executivo.</translation>
    </message>
    <message>
        <source>Talk to the assistant in this terminal, without a window.</source>
        <translation>Converse com o assistente neste terminal, sem janela.</translation>
    </message>
</context>
<context>
    <name>Turno::ClientLoginPage</name>
    <message>
        <source>Customer support</source>
        <translation>Atendimento ao cliente</translation>
    </message>
    <message>
        <source>Hi! Welcome. Enter your RUT and password to continue.</source>
        <translation>Olá! Bem-vindo. Digite seu RUT e sua senha para continuar.</translation>
    </message>
    <message>
        <source>&amp;RUT:</source>
        <translation>&amp;RUT:</translation>
    </message>
    <message>
        <source>Invalid RUT. Enter it as 12.345.678-5.</source>
        <translation>RUT inválido. Digite-o como 12.345.678-5.</translation>
    </message>
    <message>
        <source>Valid RUT</source>
        <translation>RUT válido</translation>
    </message>
    <message>
        <source>New customer? &amp;Create an account</source>
        <translation>Cliente novo? &amp;Crie uma conta</translation>
    </message>
</context>
<context>
    <name>Turno::ClientMenuPage</name>
    <message>
        <source>&amp;Restart internet service</source>
        <translation>&amp;Reiniciar serviço de internet</translation>
    </message>
    <message>
        <source>Change &amp;Wi-Fi password</source>
        <translation>Alterar senha do &amp;Wi-Fi</translation>
    </message>
    <message>
        <source>&amp;Contact an executive</source>
        <translation>&amp;Falar com um executivo</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Press %1 or %2</source>
        <translation>Pressione %1 ou %2</translation>
    </message>
    <message>
        <source>Hi %1, how can we help you?</source>
        <translation>Olá %1, como podemos ajudar você?</translation>
    </message>
    <message>
        <source>We are restarting your service…</source>
        <translation>Estamos reiniciando seu serviço…</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>C&amp;onta</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Alterar &amp;senha…</translation>
    </message>
    <message>
        <source>Change your &amp;name…</source>
        <translation>Alterar seu &amp;nome…</translation>
    </message>
</context>
<context>
    <name>Turno::ClientSession</name>
    <message>
        <source>Enter the server as host:port, for example 127.0.0.1:5680.</source>
        <translation>Digite o servidor como host:porta, por exemplo 127.0.0.1:5680.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>A porta deve ser um número de 1 a 65535.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time.</source>
        <translation>O servidor em %1 não respondeu a tempo.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: %2</source>
        <translation>Não foi possível conectar ao servidor em %1: %2</translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>A conexão com o servidor foi perdida.</translation>
    </message>
    <message>
        <source>The server sent data this app cannot read (%1).</source>
        <translation>O servidor enviou dados que este aplicativo não consegue ler (%1).</translation>
    </message>
    <message>
        <source>The server repeated its greeting.</source>
        <translation>O servidor repetiu sua saudação.</translation>
    </message>
    <message>
        <source>The server speaks protocol version %1, but this app speaks version %2. Please update the older one.</source>
        <translation>O servidor usa a versão %1 do protocolo, mas este aplicativo usa a versão %2. Atualize o mais antigo.</translation>
    </message>
    <message>
        <source>The server cannot log you in right now. Please try again later.</source>
        <translation>O servidor não pode iniciar sua sessão agora. Tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>The server refused that request: you are not allowed to do it.</source>
        <translation>O servidor recusou essa solicitação: você não tem permissão para fazer isso.</translation>
    </message>
    <message>
        <source>The server refused that request: it is not possible right now.</source>
        <translation>O servidor recusou essa solicitação: não é possível agora.</translation>
    </message>
    <message>
        <source>The server refused that request as invalid.</source>
        <translation>O servidor recusou essa solicitação por ser inválida.</translation>
    </message>
    <message>
        <source>The server could not carry out that request.</source>
        <translation>O servidor não conseguiu realizar essa solicitação.</translation>
    </message>
    <message>
        <source>The server sent a message this app does not expect.</source>
        <translation>O servidor enviou uma mensagem que este aplicativo não espera.</translation>
    </message>
    <message>
        <source>The connection to the server was lost and could not be restored.</source>
        <translation>A conexão com o servidor caiu e não pôde ser restabelecida.</translation>
    </message>
    <message>
        <source>You were away too long, so your place was released. Please log in again.</source>
        <translation>Você ficou desconectado por tempo demais e seu lugar foi liberado. Entre novamente, por favor.</translation>
    </message>
    <message>
        <source>You already have as many sessions as you may have at once. End one first.</source>
        <translation>Você já tem tantas sessões quanto pode ter ao mesmo tempo. Encerre uma primeiro.</translation>
    </message>
    <message>
        <source>--plaintext reaches only this machine (127.0.0.1, ::1 or localhost), and %1 is not on it. Nothing was sent.</source>
        <translation>--plaintext só alcança esta máquina (127.0.0.1, ::1 ou localhost), e %1 não está nela. Nada foi enviado.</translation>
    </message>
    <message>
        <source>The server at %1 presented no usable certificate. Nothing was sent.</source>
        <translation>O servidor em %1 não apresentou um certificado utilizável. Nada foi enviado.</translation>
    </message>
    <message>
        <source>The key of %1 has changed and was not accepted. Nothing was sent.</source>
        <translation>A chave de %1 mudou e não foi aceita. Nada foi enviado.</translation>
    </message>
    <message>
        <source>You did not trust the server at %1. Nothing was sent.</source>
        <translation>Você não confiou no servidor em %1. Nada foi enviado.</translation>
    </message>
    <message>
        <source>Your password was changed, so this connection was closed. Log in again with the new password.</source>
        <translation>Sua senha foi alterada, por isso esta conexão foi encerrada. Entre de novo com a senha nova.</translation>
    </message>
    <message>
        <source>You logged in from another place, so this window was signed out. Your session continues there.</source>
        <translation>Você entrou a partir de outro lugar, por isso esta janela foi desconectada. Sua sessão continua lá.</translation>
    </message>
    <message>
        <source>Too many log-in attempts. Try again in 1 minute.</source>
        <translation>Tentativas de login demais. Tente novamente em 1 minuto.</translation>
    </message>
    <message numerus="yes">
        <source>Too many log-in attempts. Try again in %n minutes.</source>
        <translation><numerusform>Tentativas de login demais. Tente novamente em %n minuto.</numerusform><numerusform>Tentativas de login demais. Tente novamente em %n minutos.</numerusform></translation>
    </message>
    <message>
        <source>The server is busy. Please try again in a moment.</source>
        <translation>O servidor está ocupado. Tente novamente em instantes.</translation>
    </message>
    <message numerus="yes">
        <source>You are doing that too often. Please wait %n seconds and try again.</source>
        <translation><numerusform>Você está fazendo isso com muita frequência. Aguarde %n segundo e tente novamente.</numerusform><numerusform>Você está fazendo isso com muita frequência. Aguarde %n segundos e tente novamente.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>You are sending messages faster than the server accepts. They will be sent in %n seconds.</source>
        <translation><numerusform>Você está enviando mensagens mais rápido do que o servidor aceita. Elas serão enviadas em %n segundo.</numerusform><numerusform>Você está enviando mensagens mais rápido do que o servidor aceita. Elas serão enviadas em %n segundos.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The message is %n characters too long; shorten it and send it again.</source>
        <translation><numerusform>A mensagem tem %n caractere a mais; encurte-a e envie de novo.</numerusform><numerusform>A mensagem tem %n caracteres a mais; encurte-a e envie de novo.</numerusform></translation>
    </message>
</context>
<context>
    <name>Turno::ClientSignUpPage</name>
    <message>
        <source>Create your account</source>
        <translation>Crie sua conta</translation>
    </message>
    <message>
        <source>Enter your RUT and your full name, and choose a password of at least %1 characters.</source>
        <translation>Digite seu RUT e seu nome completo e escolha uma senha de pelo menos %1 caracteres.</translation>
    </message>
    <message>
        <source>&amp;RUT:</source>
        <translation>&amp;RUT:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Nome completo:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>S&amp;enha:</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>R&amp;epetir senha:</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>Criar c&amp;onta</translation>
    </message>
    <message>
        <source>&amp;Back to log in</source>
        <translation>&amp;Voltar para o login</translation>
    </message>
    <message>
        <source>Invalid RUT. Enter it as 12.345.678-5.</source>
        <translation>RUT inválido. Digite-o como 12.345.678-5.</translation>
    </message>
</context>
<context>
    <name>Turno::ClientTerminal</name>
    <message>
        <source>We are restarting your service…</source>
        <translation>Estamos reiniciando seu serviço…</translation>
    </message>
    <message>
        <source>Hi! Welcome, enter your RUT and password</source>
        <translation>Olá! Bem-vindo, digite seu RUT e sua senha</translation>
    </message>
    <message>
        <source>(1) Restart internet service</source>
        <translation>(1) Reiniciar serviço de internet</translation>
    </message>
    <message>
        <source>(2) Change Wi-Fi password</source>
        <translation>(2) Alterar senha do Wi-Fi</translation>
    </message>
    <message>
        <source>(3) Contact an executive</source>
        <translation>(3) Falar com um executivo</translation>
    </message>
    <message>
        <source>(4) Exit</source>
        <translation>(4) Sair</translation>
    </message>
    <message>
        <source>user:</source>
        <comment>terminal prompt for the RUT</comment>
        <translation>usuário:</translation>
    </message>
    <message>
        <source>password:</source>
        <comment>terminal prompt</comment>
        <translation>senha:</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>terminal prompt with the customer's first name</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Your previous request is still under way. Please wait for it to finish.</source>
        <translation>Sua solicitação anterior ainda está em andamento. Aguarde até que termine.</translation>
    </message>
    <message>
        <source>Thank you for contacting us. Goodbye!</source>
        <translation>Obrigado por entrar em contato. Até logo!</translation>
    </message>
    <message>
        <source>Hi %1, how can we help you?</source>
        <translation>Olá %1, como podemos ajudar você?</translation>
    </message>
    <message>
        <source>Is there anything else we can help you with?</source>
        <translation>Podemos ajudar você em algo mais?</translation>
    </message>
    <message>
        <source>Invalid RUT. Enter it as 12.345.678-5, 12345678-5 or 123456785.</source>
        <translation>RUT inválido. Digite-o como 12.345.678-5, 12345678-5 ou 123456785.</translation>
    </message>
    <message>
        <source>We are updating your password</source>
        <translation>Estamos atualizando sua senha</translation>
    </message>
    <message>
        <source>New customer? Type "new" to create your account.</source>
        <translation>Cliente novo? Digite "novo" para criar sua conta.</translation>
    </message>
    <message>
        <source>(5) Change my account password</source>
        <translation>(5) Alterar a senha da minha conta</translation>
    </message>
    <message>
        <source>(6) Change my name</source>
        <translation>(6) Alterar meu nome</translation>
    </message>
    <message>
        <source>Password:</source>
        <comment>terminal prompt for a new password</comment>
        <translation>Senha:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <comment>terminal prompt</comment>
        <translation>Repetir senha:</translation>
    </message>
    <message>
        <source>RUT:</source>
        <comment>terminal prompt</comment>
        <translation>RUT:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <comment>terminal prompt</comment>
        <translation>Nome completo:</translation>
    </message>
    <message>
        <source>Current password:</source>
        <comment>terminal prompt</comment>
        <translation>Senha atual:</translation>
    </message>
    <message>
        <source>New password:</source>
        <comment>terminal prompt</comment>
        <translation>Nova senha:</translation>
    </message>
    <message>
        <source>New name:</source>
        <comment>terminal prompt</comment>
        <translation>Novo nome:</translation>
    </message>
    <message>
        <source>new</source>
        <comment>typed at the user: prompt to sign up</comment>
        <translation>novo</translation>
    </message>
    <message>
        <source>Let's create your account. Enter your RUT, your full name and a password of at least %1 characters.</source>
        <translation>Vamos criar sua conta. Digite seu RUT, seu nome completo e uma senha de pelo menos %1 caracteres.</translation>
    </message>
    <message>
        <source>Your Wi-Fi password was not changed.</source>
        <translation>Sua senha do Wi-Fi não foi alterada.</translation>
    </message>
    <message>
        <source>Your account password was not changed.</source>
        <translation>A senha da sua conta não foi alterada.</translation>
    </message>
    <message>
        <source>Your name was not changed.</source>
        <translation>Seu nome não foi alterado.</translation>
    </message>
    <message>
        <source>Enter your new Wi-Fi password:</source>
        <translation>Digite sua nova senha do Wi-Fi:</translation>
    </message>
    <message>
        <source>Enter your current password, then your new one twice.</source>
        <translation>Digite sua senha atual e depois a nova duas vezes.</translation>
    </message>
    <message>
        <source>What name should we call you by?</source>
        <translation>Por qual nome devemos chamar você?</translation>
    </message>
    <message>
        <source>"%1" is not an option. Please answer with a number from 1 to %2.</source>
        <translation>"%1" não é uma opção. Responda com um número de 1 a %2.</translation>
    </message>
    <message>
        <source>Your account has been created.</source>
        <translation>Sua conta foi criada.</translation>
    </message>
    <message>
        <source>Please enter your new Wi-Fi password again.</source>
        <translation>Digite sua nova senha do Wi-Fi novamente.</translation>
    </message>
    <message>
        <source>Connection lost. Reconnecting in %1 s…</source>
        <translation>Conexão perdida. Reconectando em %1 s…</translation>
    </message>
    <message>
        <source>Connection restored.</source>
        <translation>Conexão restabelecida.</translation>
    </message>
    <message>
        <source>What would you like to talk about?</source>
        <translation>Sobre o que você quer falar?</translation>
    </message>
    <message>
        <source>(1) Internet</source>
        <translation>(1) Internet</translation>
    </message>
    <message>
        <source>(2) Wi-Fi</source>
        <translation>(2) Wi-Fi</translation>
    </message>
    <message>
        <source>Please answer 1 for Internet or 2 for Wi-Fi.</source>
        <translation>Responda 1 para Internet ou 2 para Wi-Fi.</translation>
    </message>
    <message>
        <source>Accept? [y/n]</source>
        <comment>terminal prompt: the answer to an executive's invitation</comment>
        <translation>Aceitar? [s/n]</translation>
    </message>
    <message>
        <source>The invitation expires in 1 second.</source>
        <translation>O convite expira em 1 segundo.</translation>
    </message>
    <message numerus="yes">
        <source>The invitation expires in %n seconds.</source>
        <translation><numerusform>O convite expira em %n segundo.</numerusform><numerusform>O convite expira em %n segundos.</numerusform></translation>
    </message>
    <message>
        <source>y</source>
        <comment>short yes to an invitation</comment>
        <translation>s</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>yes to an invitation</comment>
        <translation>sim</translation>
    </message>
    <message>
        <source>n</source>
        <comment>short no to an invitation</comment>
        <translation>n</translation>
    </message>
    <message>
        <source>no</source>
        <comment>no to an invitation</comment>
        <translation>não</translation>
    </message>
    <message>
        <source>The invitation is no longer open.</source>
        <translation>O convite não está mais aberto.</translation>
    </message>
    <message>
        <source>Please answer y to accept or n to decline.</source>
        <translation>Responda s para aceitar ou n para recusar.</translation>
    </message>
    <message>
        <source>The invitation could not be answered. Please try again.</source>
        <translation>Não foi possível responder ao convite. Tente novamente.</translation>
    </message>
    <message>
        <source>Connecting you with %1…</source>
        <translation>Conectando você com %1…</translation>
    </message>
</context>
<context>
    <name>Turno::ClientWindow</name>
    <message>
        <source>Turno customer support</source>
        <translation>Atendimento ao cliente Turno</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando a %1…</translation>
    </message>
    <message>
        <source>Checking your RUT and password…</source>
        <translation>Verificando seu RUT e sua senha…</translation>
    </message>
    <message>
        <source>We are updating your password…</source>
        <translation>Estamos atualizando sua senha…</translation>
    </message>
    <message>
        <source>We are updating your account…</source>
        <translation>Estamos atualizando sua conta…</translation>
    </message>
    <message>
        <source>Creating your account…</source>
        <translation>Criando sua conta…</translation>
    </message>
    <message>
        <source>Your previous request is still under way. Please wait for it to finish.</source>
        <translation>Sua solicitação anterior ainda está em andamento. Aguarde até que termine.</translation>
    </message>
    <message>
        <source>Connection lost. Reconnecting in %1 s…</source>
        <translation>Conexão perdida. Reconectando em %1 s…</translation>
    </message>
    <message>
        <source>Connection lost. Reconnecting…</source>
        <translation>Conexão perdida. Reconectando…</translation>
    </message>
    <message>
        <source>%1 is restarting your Wi-Fi and asks you for a new Wi-Fi password.</source>
        <translation>%1 está reiniciando seu Wi-Fi e pede uma nova senha do Wi-Fi.</translation>
    </message>
</context>
<context>
    <name>Turno::ColleagueDialog</name>
    <message>
        <source>Transfer %1</source>
        <translation>Transferir %1</translation>
    </message>
    <message>
        <source>Invite a colleague</source>
        <translation>Convidar um colega</translation>
    </message>
    <message>
        <source>Whom do you transfer %1 to? They get the customer first in their line.</source>
        <translation>Para quem você transfere %1? Essa pessoa recebe o cliente em primeiro lugar na fila.</translation>
    </message>
    <message>
        <source>Whom do you invite into the conversation with %1?</source>
        <translation>Quem você convida para a conversa com %1?</translation>
    </message>
    <message>
        <source>Colleagues online</source>
        <translation>Colegas conectados</translation>
    </message>
    <message>
        <source>No other executive is online right now.</source>
        <translation>Nenhum outro executivo está conectado agora.</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;Transferir</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;Convidar</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a colleague and how they are now</comment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Turno::CommandRunner</name>
    <message>
        <source>Nobody has invited you into a session right now.</source>
        <translation>Ninguém convidou você para uma sessão agora.</translation>
    </message>
    <message>
        <source>Nobody is waiting in your lines.</source>
        <translation>Ninguém aguarda nas suas filas.</translation>
    </message>
    <message>
        <source>More than one waiting customer matches “%1”; use their number from :queue.</source>
        <translation>Mais de um cliente na fila corresponde a “%1”; use o número dele em :queue.</translation>
    </message>
    <message>
        <source>Nobody waiting matches “%1”. Type :queue to see who is waiting.</source>
        <translation>Ninguém na fila corresponde a “%1”. Digite :queue para ver quem está aguardando.</translation>
    </message>
    <message>
        <source>You have only one session, with %1.</source>
        <translation>Você tem só uma sessão, com %1.</translation>
    </message>
    <message>
        <source>More than one session matches “%1”; use its number from :sessions.</source>
        <translation>Mais de uma sessão corresponde a “%1”; use o número dela em :sessions.</translation>
    </message>
    <message>
        <source>You have no session with “%1”. Type :sessions to see them.</source>
        <translation>Você não tem uma sessão com “%1”. Digite :sessions para vê-las.</translation>
    </message>
    <message>
        <source>You are already with %1.</source>
        <translation>Você já está com %1.</translation>
    </message>
    <message>
        <source>Only the executive whose session it is can put it on hold; you are a guest in it.</source>
        <translation>Só o executivo dono da sessão pode colocá-la em espera; você é um convidado nela.</translation>
    </message>
    <message>
        <source>%1 is already on hold. Type :switch to go back to them.</source>
        <translation>%1 já está em espera. Digite :switch para voltar a essa pessoa.</translation>
    </message>
    <message>
        <source>Only the executive whose session it is can transfer it; you are a guest in it.</source>
        <translation>Só o executivo dono da sessão pode transferi-la; você é um convidado nela.</translation>
    </message>
    <message>
        <source>Only the executive whose session it is can invite colleagues; you are a guest in it.</source>
        <translation>Só o executivo dono da sessão pode convidar colegas; você é um convidado nela.</translation>
    </message>
    <message>
        <source>No other executive is online right now.</source>
        <translation>Nenhum outro executivo está conectado agora.</translation>
    </message>
    <message>
        <source>More than one colleague matches “%1”; use their number from :colleagues.</source>
        <translation>Mais de um colega corresponde a “%1”; use o número dele em :colleagues.</translation>
    </message>
    <message>
        <source>No colleague online matches “%1”. Type :colleagues to see who is online.</source>
        <translation>Nenhum colega conectado corresponde a “%1”. Digite :colleagues para ver quem está conectado.</translation>
    </message>
    <message>
        <source>You invited %1 into the session with %2; waiting for their answer.</source>
        <translation>Você convidou %1 para a sessão com %2; aguardando a resposta.</translation>
    </message>
    <message>
        <source>Say whom to invite: :contact invite &lt;name&gt; [internet|wifi]</source>
        <translation>Diga quem convidar: :contact invite &lt;nome&gt; [internet|wifi]</translation>
    </message>
    <message>
        <source>More than one contact matches “%1”; use their number from :contacts.</source>
        <translation>Mais de um contato corresponde a “%1”; use o número dele em :contacts.</translation>
    </message>
    <message>
        <source>None of your contacts matches “%1”. Type :contacts to see them.</source>
        <translation>Nenhum dos seus contatos corresponde a “%1”. Digite :contacts para vê-los.</translation>
    </message>
    <message>
        <source>%1 is not connected right now.</source>
        <translation>%1 não está conectado agora.</translation>
    </message>
    <message>
        <source>%1 is busy right now (waiting or in a session); try again later.</source>
        <translation>%1 está ocupado agora (na fila ou em uma sessão); tente mais tarde.</translation>
    </message>
    <message>
        <source>You invited %1 to a session about %2; waiting for their answer.</source>
        <translation>Você convidou %1 para uma sessão sobre %2; aguardando a resposta.</translation>
    </message>
    <message>
        <source>%1 is no longer in your contacts.</source>
        <translation>%1 não está mais nos seus contatos.</translation>
    </message>
    <message>
        <source>Waiting in your lines, oldest first:</source>
        <translation>Aguardando nas suas filas, do mais antigo ao mais recente:</translation>
    </message>
    <message>
        <source>  %1. %2 (%3), waiting %4 — %5</source>
        <comment>number, customer, service, time waited (m:ss), last self-service action</comment>
        <translation>  %1. %2 (%3), aguardando há %4 — %5</translation>
    </message>
    <message>
        <source>  … and %1 more.</source>
        <translation>  … e mais %1.</translation>
    </message>
    <message>
        <source>conference</source>
        <translation>conferência</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>em espera</translation>
    </message>
    <message>
        <source>in the background</source>
        <translation>em segundo plano</translation>
    </message>
    <message>
        <source>1 unread message</source>
        <translation>1 mensagem não lida</translation>
    </message>
    <message>
        <source>%1 unread messages</source>
        <translation>%1 mensagens não lidas</translation>
    </message>
    <message>
        <source>You have no sessions.</source>
        <translation>Você não tem sessões.</translation>
    </message>
    <message>
        <source>Your sessions:</source>
        <translation>Suas sessões:</translation>
    </message>
    <message>
        <source>in front</source>
        <translation>em primeiro plano</translation>
    </message>
    <message>
        <source>  %1. %2 (%3) — %4</source>
        <comment>number, customer, service, how the session is</comment>
        <translation>  %1. %2 (%3) — %4</translation>
    </message>
    <message>
        <source>%1, in 1 session</source>
        <comment>a colleague's presence and their sessions</comment>
        <translation>%1, em 1 sessão</translation>
    </message>
    <message>
        <source>%1, in %2 sessions</source>
        <comment>a colleague's presence and their sessions</comment>
        <translation>%1, em %2 sessões</translation>
    </message>
    <message>
        <source>Colleagues online:</source>
        <translation>Colegas conectados:</translation>
    </message>
    <message>
        <source>  %1. %2 (%3) — %4</source>
        <comment>number, full name, username, presence</comment>
        <translation>  %1. %2 (%3) — %4</translation>
    </message>
    <message>
        <source>free</source>
        <translation>livre</translation>
    </message>
    <message>
        <source>online, busy</source>
        <translation>conectado, ocupado</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>desconectado</translation>
    </message>
    <message>
        <source>You have no contacts yet. In a session, :contact add adds the customer.</source>
        <translation>Você ainda não tem contatos. Em uma sessão, :contact add adiciona o cliente.</translation>
    </message>
    <message>
        <source>Your contacts:</source>
        <translation>Seus contatos:</translation>
    </message>
    <message>
        <source>  %1. %2 — %3</source>
        <comment>number, contact, free or not</comment>
        <translation>  %1. %2 — %3</translation>
    </message>
    <message>
        <source>No customers are connected.</source>
        <translation>Nenhum cliente está conectado.</translation>
    </message>
    <message>
        <source>Customers connected, and what each one did last:</source>
        <translation>Clientes conectados e o que cada um fez por último:</translation>
    </message>
    <message>
        <source>  %1 (%2) — %3</source>
        <comment>customer, what they are doing, their last action</comment>
        <translation>  %1 (%2) — %3</translation>
    </message>
    <message>
        <source>History of %1:</source>
        <translation>Histórico de %1:</translation>
    </message>
    <message>
        <source>  %1  %2</source>
        <comment>a history line: date and time, then what happened</comment>
        <translation>  %1  %2</translation>
    </message>
    <message>
        <source>  Nothing yet.</source>
        <translation>  Nada ainda.</translation>
    </message>
    <message>
        <source>%1 is in your contacts now.</source>
        <translation>%1 agora está nos seus contatos.</translation>
    </message>
    <message>
        <source>Older history of %1:</source>
        <translation>Histórico anterior de %1:</translation>
    </message>
    <message>
        <source>There are older entries: type :older to see them.</source>
        <translation>Há entradas mais antigas: digite :older para vê-las.</translation>
    </message>
</context>
<context>
    <name>Turno::ContactsPanel</name>
    <message>
        <source>Contacts</source>
        <translation>Contatos</translation>
    </message>
    <message>
        <source>Customers you add from a session (Add to contacts) appear here, so you can invite them later.</source>
        <translation>Os clientes que você adiciona em uma sessão (Adicionar aos contatos) aparecem aqui, para convidá-los depois.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Agora</translation>
    </message>
    <message>
        <source>Your contacts</source>
        <translation>Seus contatos</translation>
    </message>
    <message>
        <source>What the invitation is about.</source>
        <translation>O assunto do convite.</translation>
    </message>
    <message>
        <source>In&amp;vite</source>
        <translation>Con&amp;vidar</translation>
    </message>
    <message>
        <source>Invite the selected contact to a session now (only when they are free).</source>
        <translation>Convida agora o contato selecionado para uma sessão (só se estiver livre).</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;mover</translation>
    </message>
    <message>
        <source>Remove the selected contact.</source>
        <translation>Remove o contato selecionado.</translation>
    </message>
    <message>
        <source>Contacts (%1)</source>
        <translation>Contatos (%1)</translation>
    </message>
</context>
<context>
    <name>Turno::ConversationPanel</name>
    <message>
        <source>Conversation</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>You are not attending anyone</source>
        <translation>Você não está atendendo ninguém</translation>
    </message>
    <message>
        <source>When a customer asks for an executive, they ring here and you can accept them. Your conversation then appears here.</source>
        <translation>Quando um cliente pedir um executivo, ele vai chamar aqui e você poderá aceitá-lo. Depois, a conversa aparece aqui.</translation>
    </message>
    <message>
        <source>&amp;End session</source>
        <translation>&amp;Encerrar sessão</translation>
    </message>
    <message>
        <source>Ends the conversation with the customer (%1).</source>
        <translation>Encerra a conversa com o cliente (%1).</translation>
    </message>
    <message>
        <source>Type :help to see the commands</source>
        <translation>Digite :help para ver os comandos</translation>
    </message>
    <message>
        <source>Type :connect to accept, :reject to decline, or :help for the commands</source>
        <translation>Digite :connect para aceitar, :reject para recusar ou :help para ver os comandos</translation>
    </message>
    <message>
        <source>Write to %1 and press Enter; :help lists the commands</source>
        <translation>Escreva para %1 e pressione Enter; :help lista os comandos</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Serviço: %1</translation>
    </message>
    <message>
        <source>In session for %1</source>
        <translation>Em sessão há %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>the customer's name and the time of their message (HH:mm)</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>You · %1</source>
        <comment>an own message and the time it was delivered (HH:mm)</comment>
        <translation>Você · %1</translation>
    </message>
    <message>
        <source>You · sending…</source>
        <comment>an own message the server has not confirmed yet</comment>
        <translation>Você · enviando…</translation>
    </message>
    <message>
        <source>H&amp;old</source>
        <translation>Em es&amp;pera</translation>
    </message>
    <message>
        <source>Puts the customer on hold, or takes them back (%1).</source>
        <translation>Coloca o cliente em espera, ou o retoma (%1).</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>&amp;Transferir…</translation>
    </message>
    <message>
        <source>Hands the customer to a colleague, who gets them first in line (%1).</source>
        <translation>Transfere o cliente para um colega, que o recebe em primeiro lugar na fila (%1).</translation>
    </message>
    <message>
        <source>&amp;Invite…</source>
        <translation>Convi&amp;dar…</translation>
    </message>
    <message>
        <source>Invites a colleague into this conversation (%1).</source>
        <translation>Convida um colega para esta conversa (%1).</translation>
    </message>
    <message>
        <source>Add to contact&amp;s</source>
        <translation>Adicionar aos contato&amp;s</translation>
    </message>
    <message>
        <source>Keeps the customer in your contacts, to invite them later (%1).</source>
        <translation>Guarda o cliente nos seus contatos, para convidá-lo depois (%1).</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Ret&amp;omar</translation>
    </message>
    <message>
        <source>&amp;Leave session</source>
        <translation>Sa&amp;ir da sessão</translation>
    </message>
    <message>
        <source>Leaves this conference; the customer stays with their executive (%1).</source>
        <translation>Sai desta conferência; o cliente continua com o executivo dele (%1).</translation>
    </message>
    <message>
        <source>In this conversation: %1</source>
        <translation>Nesta conversa: %1</translation>
    </message>
    <message>
        <source>%1 is on hold: they are told you will be back, and may still write. Press Resume (%2) to go on.</source>
        <translation>%1 está em espera: foi avisado de que você voltará e ainda pode escrever. Pressione Retomar (%2) para continuar.</translation>
    </message>
    <message>
        <source>Restart internet</source>
        <translation>Reiniciar internet</translation>
    </message>
    <message>
        <source>Restarts the customer's internet service; both of you see the result (%1).</source>
        <translation>Reinicia o serviço de internet do cliente; vocês dois veem o resultado (%1).</translation>
    </message>
    <message>
        <source>Restart Wi-Fi</source>
        <translation>Reiniciar Wi-Fi</translation>
    </message>
    <message>
        <source>Asks the customer for a new Wi-Fi password and restarts the Wi-Fi (%1).</source>
        <translation>Pede ao cliente uma nova senha do Wi-Fi e reinicia o Wi-Fi (%1).</translation>
    </message>
</context>
<context>
    <name>Turno::CustomerCountText</name>
    <message>
        <source>Hi %1, right now there is 1 customer connected</source>
        <translation>Olá %1, neste momento há 1 cliente conectado</translation>
    </message>
    <message numerus="yes">
        <source>Hi %1, right now there are %n customers connected</source>
        <translation><numerusform>Olá %1, neste momento há %n cliente conectado</numerusform><numerusform>Olá %1, neste momento há %n clientes conectados</numerusform></translation>
    </message>
    <message>
        <source>1 customer connected</source>
        <translation>1 cliente conectado</translation>
    </message>
    <message numerus="yes">
        <source>%n customers connected</source>
        <translation><numerusform>%n cliente conectado</numerusform><numerusform>%n clientes conectados</numerusform></translation>
    </message>
    <message>
        <source>Now 1 customer connected</source>
        <translation>Agora há 1 cliente conectado</translation>
    </message>
    <message numerus="yes">
        <source>Now %n customers connected</source>
        <translation><numerusform>Agora há %n cliente conectado</numerusform><numerusform>Agora há %n clientes conectados</numerusform></translation>
    </message>
</context>
<context>
    <name>Turno::CustomerSession</name>
    <message>
        <source>Invalid RUT. Enter it as 12.345.678-5, 12345678-5 or 123456785.</source>
        <translation>RUT inválido. Digite-o como 12.345.678-5, 12345678-5 ou 123456785.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Digite sua senha.</translation>
    </message>
    <message>
        <source>Wrong RUT or password.</source>
        <translation>RUT ou senha incorretos.</translation>
    </message>
    <message>
        <source>Your internet service has been restarted. It may take a minute to come back.</source>
        <translation>Seu serviço de internet foi reiniciado. Pode levar um minuto para voltar.</translation>
    </message>
    <message>
        <source>A restart of your service is already under way. Please wait for it to finish.</source>
        <translation>Já há uma reinicialização do seu serviço em andamento. Aguarde até que termine.</translation>
    </message>
    <message>
        <source>We could not restart your service. Please try again later.</source>
        <translation>Não conseguimos reiniciar seu serviço. Tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>We could not restart your service: %1</source>
        <translation>Não conseguimos reiniciar seu serviço: %1</translation>
    </message>
    <message>
        <source>This server does not accept new accounts. Please call us to open one.</source>
        <translation>Este servidor não aceita novas contas. Ligue para nós para abrir uma.</translation>
    </message>
    <message>
        <source>An account with this RUT already exists. Log in with its password instead.</source>
        <translation>Já existe uma conta com este RUT. Entre com a senha dela.</translation>
    </message>
    <message>
        <source>The server did not accept these account details.</source>
        <translation>O servidor não aceitou estes dados da conta.</translation>
    </message>
    <message>
        <source>The server cannot create your account right now. Please try again later.</source>
        <translation>O servidor não pode criar sua conta agora. Tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>Your password has been updated.</source>
        <translation>Sua senha foi atualizada.</translation>
    </message>
    <message>
        <source>A change of your Wi-Fi password is already under way. Please wait for it to finish.</source>
        <translation>Já há uma alteração da sua senha do Wi-Fi em andamento. Aguarde até que termine.</translation>
    </message>
    <message>
        <source>We could not update your Wi-Fi password. Please try again later.</source>
        <translation>Não conseguimos atualizar sua senha do Wi-Fi. Tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>We could not update your Wi-Fi password: %1</source>
        <translation>Não conseguimos atualizar sua senha do Wi-Fi: %1</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Digite sua senha atual.</translation>
    </message>
    <message>
        <source>Your account password has been changed. Use the new one from your next log-in on.</source>
        <translation>A senha da sua conta foi alterada. Use a nova a partir do seu próximo acesso.</translation>
    </message>
    <message>
        <source>Done. We will call you %1 from now on.</source>
        <translation>Pronto. A partir de agora vamos chamar você de %1.</translation>
    </message>
    <message>
        <source>Your current password is not correct. Nothing was changed.</source>
        <translation>Sua senha atual não está correta. Nada foi alterado.</translation>
    </message>
    <message>
        <source>The server did not accept the new password.</source>
        <translation>O servidor não aceitou a nova senha.</translation>
    </message>
    <message>
        <source>The server did not accept that name.</source>
        <translation>O servidor não aceitou esse nome.</translation>
    </message>
    <message>
        <source>Too many wrong attempts. Please try again in a few minutes.</source>
        <translation>Tentativas erradas demais. Tente novamente em alguns minutos.</translation>
    </message>
    <message>
        <source>We could not change your password right now. Please try again later.</source>
        <translation>Não conseguimos alterar sua senha agora. Tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>We could not change your name right now. Please try again later.</source>
        <translation>Não conseguimos alterar seu nome agora. Tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>The Wi-Fi password is too short: it needs at least %1 characters.</source>
        <translation>A senha do Wi-Fi é curta demais: precisa de pelo menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The Wi-Fi password is too long: it can have at most %1 characters.</source>
        <translation>A senha do Wi-Fi é longa demais: pode ter no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The Wi-Fi password can only contain letters without accents (no ñ), digits, spaces and symbols such as ! ? # - _.</source>
        <translation>A senha do Wi-Fi só pode ter letras sem acento (sem ç), dígitos, espaços e símbolos como ! ? # - _.</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>As duas senhas não coincidem.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>A senha deve ter pelo menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The password must have at most %1 characters.</source>
        <translation>A senha deve ter no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Enter your full name.</source>
        <translation>Digite seu nome completo.</translation>
    </message>
    <message>
        <source>The name must have at most %1 characters.</source>
        <translation>O nome deve ter no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The name contains a character that cannot be used.</source>
        <translation>O nome contém um caractere que não pode ser usado.</translation>
    </message>
    <message>
        <source>You are next in line.</source>
        <translation>Você é o próximo da fila.</translation>
    </message>
    <message>
        <source>Estimated wait: unknown.</source>
        <translation>Espera estimada: desconhecida.</translation>
    </message>
    <message>
        <source>Estimated wait: less than a minute.</source>
        <translation>Espera estimada: menos de um minuto.</translation>
    </message>
    <message>
        <source>Estimated wait: %1 to %2 minutes.</source>
        <translation>Espera estimada: de %1 a %2 minutos.</translation>
    </message>
    <message>
        <source>No executive attends that service. Please choose another.</source>
        <translation>Nenhum executivo atende esse serviço. Escolha outro, por favor.</translation>
    </message>
    <message>
        <source>You left the queue.</source>
        <translation>Você saiu da fila.</translation>
    </message>
    <message>
        <source>You ended the conversation with %1.</source>
        <translation>Você encerrou a conversa com %1.</translation>
    </message>
    <message>
        <source>%1 ended the conversation.</source>
        <translation>%1 encerrou a conversa.</translation>
    </message>
    <message>
        <source>%1 is no longer connected; the conversation ended.</source>
        <translation>%1 não está mais conectado; a conversa foi encerrada.</translation>
    </message>
    <message>
        <source>1 customer ahead of you.</source>
        <translation>Há 1 cliente na sua frente.</translation>
    </message>
    <message numerus="yes">
        <source>%n customers ahead of you.</source>
        <translation><numerusform>Há %n cliente na sua frente.</numerusform><numerusform>Há %n clientes na sua frente.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Estimated wait: up to %n minutes.</source>
        <translation><numerusform>Espera estimada: até %n minuto.</numerusform><numerusform>Espera estimada: até %n minutos.</numerusform></translation>
    </message>
    <message>
        <source>%1 is restarting your internet service…</source>
        <translation>%1 está reiniciando seu serviço de internet…</translation>
    </message>
    <message>
        <source>%1 restarted your internet service. It may take a minute to come back.</source>
        <translation>%1 reiniciou seu serviço de internet. Pode levar um minuto para voltar.</translation>
    </message>
    <message>
        <source>The restart of your internet service failed.</source>
        <translation>O reinício do seu serviço de internet falhou.</translation>
    </message>
    <message>
        <source>The restart of your internet service failed: %1</source>
        <translation>O reinício do seu serviço de internet falhou: %1</translation>
    </message>
    <message>
        <source>The invitation from %1 expired.</source>
        <translation>O convite de %1 expirou.</translation>
    </message>
    <message>
        <source>%1 put you on hold. Please wait; you keep your place in this conversation.</source>
        <translation>%1 colocou você em espera. Aguarde; você mantém seu lugar nesta conversa.</translation>
    </message>
    <message>
        <source>%1 is back.</source>
        <translation>%1 está de volta.</translation>
    </message>
    <message>
        <source>%1 joined the conversation.</source>
        <translation>%1 entrou na conversa.</translation>
    </message>
    <message>
        <source>%1 left the conversation.</source>
        <translation>%1 saiu da conversa.</translation>
    </message>
    <message>
        <source>%1 is transferring you to %2. Please wait here; %2 will see this conversation.</source>
        <translation>%1 está transferindo você para %2. Aguarde aqui; %2 verá esta conversa.</translation>
    </message>
    <message>
        <source>%1 invites you to a conversation about your internet service.</source>
        <translation>%1 convida você para uma conversa sobre seu serviço de internet.</translation>
    </message>
    <message>
        <source>%1 invites you to a conversation about your Wi-Fi network.</source>
        <translation>%1 convida você para uma conversa sobre sua rede Wi-Fi.</translation>
    </message>
    <message>
        <source>%1 invites you to a conversation.</source>
        <translation>%1 convida você para uma conversa.</translation>
    </message>
    <message>
        <source>You declined the invitation from %1.</source>
        <translation>Você recusou o convite de %1.</translation>
    </message>
    <message>
        <source>%1 is no longer available, so the conversation could not begin.</source>
        <translation>%1 não está mais disponível, então a conversa não pôde começar.</translation>
    </message>
    <message>
        <source>%1 withdrew the invitation.</source>
        <translation>%1 retirou o convite.</translation>
    </message>
    <message numerus="yes">
        <source>Too many accounts were created from your network. Try again in %n minutes.</source>
        <translation><numerusform>Contas demais foram criadas a partir da sua rede. Tente novamente em %n minuto.</numerusform><numerusform>Contas demais foram criadas a partir da sua rede. Tente novamente em %n minutos.</numerusform></translation>
    </message>
    <message>
        <source>The server is busy. Please try again in a moment.</source>
        <translation>O servidor está ocupado. Tente novamente em instantes.</translation>
    </message>
    <message>
        <source>The name is too long: at most %1 bytes in UTF-8, and characters of some scripts take 3 or 4 bytes each.</source>
        <translation>O nome é longo demais: no máximo %1 bytes em UTF-8, e os caracteres de algumas escritas ocupam 3 ou 4 bytes cada um.</translation>
    </message>
</context>
<context>
    <name>Turno::DetailsDialog</name>
    <message>
        <source>Connected customers</source>
        <translation>Clientes conectados</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Agora</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Última ação</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>%1; the first %2 are listed.</source>
        <translation>%1; os primeiros %2 estão listados.</translation>
    </message>
</context>
<context>
    <name>Turno::ExecutiveCommandLine</name>
    <message>
        <source>Turno for executives: see the customers connected and attend them.</source>
        <translation>Turno para executivos: veja os clientes conectados e atenda-os.</translation>
    </message>
    <message>
        <source>Work in this terminal with :commands, without a window.</source>
        <translation>Trabalhe neste terminal com :comandos, sem janela.</translation>
    </message>
</context>
<context>
    <name>Turno::ExecutiveCommands</name>
    <message>
        <source>  %1 — %2</source>
        <translation>  %1 — %2</translation>
    </message>
    <message>
        <source>You are not attending a customer yet, so there is no one to send that to. Commands start with a colon: type :help to see them.</source>
        <translation>Você ainda não está atendendo um cliente, então não há para quem enviar isso. Os comandos começam com dois-pontos: digite :help para vê-los.</translation>
    </message>
    <message>
        <source>There is no command %1. Type :help to see the commands.</source>
        <translation>Não existe o comando %1. Digite :help para ver os comandos.</translation>
    </message>
    <message>
        <source>%1 needs one more word. Use one of: %2</source>
        <translation>Falta uma palavra em %1. Use um destes: %2</translation>
    </message>
    <message>
        <source>%1 takes nothing after it. Use it as %2</source>
        <translation>%1 não leva nada depois. Use assim: %2</translation>
    </message>
    <message>
        <source>%1 needs something after it. Use it as %2</source>
        <translation>%1 precisa de algo depois. Use assim: %2</translation>
    </message>
    <message>
        <source>No customer is waiting to connect.</source>
        <translation>Nenhum cliente está esperando para se conectar.</translation>
    </message>
    <message>
        <source>No customer is ringing right now, so there is nothing to reject.</source>
        <translation>Nenhum cliente está chamando agora, então não há nada para recusar.</translation>
    </message>
    <message>
        <source>You are not attending a customer, so there is no session to end.</source>
        <translation>Você não está atendendo um cliente, então não há sessão para encerrar.</translation>
    </message>
    <message>
        <source>You are not attending a customer right now.</source>
        <translation>Você não está atendendo nenhum cliente agora.</translation>
    </message>
    <message>
        <source>There is no command %1. Did you mean %2? Type :help to see the commands.</source>
        <translation>Não existe o comando %1. Você quis dizer %2? Digite :help para ver os comandos.</translation>
    </message>
    <message>
        <source>%1 works in a session, and you are not attending a customer right now.</source>
        <translation>%1 funciona em uma sessão, e agora você não está atendendo nenhum cliente.</translation>
    </message>
    <message>
        <source>Shows how many customers are connected.</source>
        <translation>Mostra quantos clientes estão conectados.</translation>
    </message>
    <message>
        <source>Shows the customers connected and what each one did last.</source>
        <translation>Mostra os clientes conectados e a última ação de cada um.</translation>
    </message>
    <message>
        <source>Lists the customers waiting in your lines, oldest first.</source>
        <translation>Lista os clientes que aguardam nas suas filas, do mais antigo ao mais recente.</translation>
    </message>
    <message>
        <source>[name or number]</source>
        <translation>[nome ou número]</translation>
    </message>
    <message>
        <source>Takes the customer who is ringing, or else the one who has waited longest; with a name or number from :queue, that customer.</source>
        <translation>Atende o cliente que está chamando, ou então o que espera há mais tempo; com um nome ou número de :queue, esse cliente.</translation>
    </message>
    <message>
        <source>Declines the customer who is ringing; the next executive is offered them.</source>
        <translation>Recusa o cliente que está chamando; ele é oferecido ao próximo executivo.</translation>
    </message>
    <message>
        <source>Shows the history of the customer you are attending; with a name or number from :queue, of that waiting customer.</source>
        <translation>Mostra o histórico do cliente que você está atendendo; com um nome ou número de :queue, o desse cliente na fila.</translation>
    </message>
    <message>
        <source>&lt;description&gt;</source>
        <translation>&lt;descrição&gt;</translation>
    </message>
    <message>
        <source>Adds a note to the history of the current conversation.</source>
        <translation>Adiciona uma nota ao histórico do atendimento atual.</translation>
    </message>
    <message>
        <source>Restarts the customer's internet service.</source>
        <translation>Reinicia o serviço de internet do cliente.</translation>
    </message>
    <message>
        <source>Sets a new Wi-Fi password for the customer and restarts the Wi-Fi.</source>
        <translation>Define uma nova senha do Wi-Fi para o cliente e reinicia o Wi-Fi.</translation>
    </message>
    <message>
        <source>Lists your sessions, with the ones on hold and the messages you have not read.</source>
        <translation>Lista suas sessões, com as que estão em espera e as mensagens que você não leu.</translation>
    </message>
    <message>
        <source>Goes to another session (the next one, or the one named); the one you leave goes on hold.</source>
        <translation>Vai para outra sessão (a próxima, ou a indicada); a que você deixa fica em espera.</translation>
    </message>
    <message>
        <source>Puts the current session on hold; :switch brings it back.</source>
        <translation>Coloca a sessão atual em espera; :switch a retoma.</translation>
    </message>
    <message>
        <source>&lt;colleague&gt;</source>
        <translation>&lt;colega&gt;</translation>
    </message>
    <message>
        <source>Hands the current customer to a colleague, who gets them first in line.</source>
        <translation>Transfere o cliente atual para um colega, que o recebe em primeiro lugar na fila.</translation>
    </message>
    <message>
        <source>Invites a colleague into the current session (a conference).</source>
        <translation>Convida um colega para a sessão atual (uma conferência).</translation>
    </message>
    <message>
        <source>Lists the colleagues online, for :transfer and :invite.</source>
        <translation>Lista os colegas conectados, para :transfer e :invite.</translation>
    </message>
    <message>
        <source>Joins the session a colleague invited you into.</source>
        <translation>Entra na sessão para a qual um colega convidou você.</translation>
    </message>
    <message>
        <source>Declines a colleague's invitation.</source>
        <translation>Recusa o convite de um colega.</translation>
    </message>
    <message>
        <source>Lists your contacts and whether they are free.</source>
        <translation>Lista seus contatos e se estão livres.</translation>
    </message>
    <message>
        <source>Adds the current customer to your contacts.</source>
        <translation>Adiciona o cliente atual aos seus contatos.</translation>
    </message>
    <message>
        <source>&lt;name&gt; [internet|wifi]</source>
        <translation>&lt;nome&gt; [internet|wifi]</translation>
    </message>
    <message>
        <source>Invites a free contact to a session about the service (Internet unless you say wifi).</source>
        <translation>Convida um contato livre para uma sessão sobre o serviço (Internet, a menos que você diga wifi).</translation>
    </message>
    <message>
        <source>&lt;name&gt;</source>
        <translation>&lt;nome&gt;</translation>
    </message>
    <message>
        <source>Removes someone from your contacts.</source>
        <translation>Remove alguém dos seus contatos.</translation>
    </message>
    <message>
        <source>Ends the conversation with the customer you are attending.</source>
        <translation>Encerra a conversa com o cliente que você está atendendo.</translation>
    </message>
    <message>
        <source>Makes you available for customers again (also ends after-call work).</source>
        <translation>Deixa você disponível para clientes de novo (também encerra o pós-atendimento).</translation>
    </message>
    <message>
        <source>&lt;reason&gt;</source>
        <translation>&lt;motivo&gt;</translation>
    </message>
    <message>
        <source>Sets you away, with a reason; no customer is offered to you.</source>
        <translation>Deixa você ausente, com um motivo; nenhum cliente é oferecido a você.</translation>
    </message>
    <message>
        <source>Lists the commands.</source>
        <translation>Lista os comandos.</translation>
    </message>
    <message>
        <source>Logs out and ends the program.</source>
        <translation>Encerra a sessão e fecha o programa.</translation>
    </message>
    <message>
        <source>Shows the entries before those of the last history shown.</source>
        <translation>Mostra as entradas anteriores às do último histórico mostrado.</translation>
    </message>
    <message>
        <source>There is nothing older in the history shown last.</source>
        <translation>Não há nada mais antigo no último histórico mostrado.</translation>
    </message>
</context>
<context>
    <name>Turno::ExecutiveLoginPage</name>
    <message>
        <source>Executive desk</source>
        <translation>Posto de atendimento</translation>
    </message>
    <message>
        <source>Hi! Welcome. Enter your username and password to start attending customers.</source>
        <translation>Olá! Bem-vindo. Digite seu usuário e sua senha para começar a atender clientes.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Usuário:</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>Digite seu usuário.</translation>
    </message>
</context>
<context>
    <name>Turno::ExecutiveMainPage</name>
    <message>
        <source>Services:</source>
        <translation>Serviços:</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>Executivo</translation>
    </message>
    <message>
        <source>None assigned</source>
        <translation>Nenhum atribuído</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Ready &amp;now</source>
        <translation>&amp;Pronto agora</translation>
    </message>
    <message>
        <source>Become available for customers again (or type :ready).</source>
        <translation>Fique disponível para clientes de novo (ou digite :ready).</translation>
    </message>
    <message>
        <source>The note was added to the history.</source>
        <translation>A nota foi adicionada ao histórico.</translation>
    </message>
    <message>
        <source>You are now talking with %1; your other sessions wait in their tabs above.</source>
        <translation>Agora você está conversando com %1; suas outras sessões aguardam nas abas acima.</translation>
    </message>
</context>
<context>
    <name>Turno::ExecutiveSession</name>
    <message>
        <source>Enter your username and password.</source>
        <translation>Digite seu usuário e sua senha.</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Usuário ou senha incorretos.</translation>
    </message>
    <message>
        <source>You rejected %1; the next executive is offered them.</source>
        <translation>Você recusou %1; ele é oferecido ao próximo executivo.</translation>
    </message>
    <message>
        <source>The offer of %1 was not answered in time and went to the next executive.</source>
        <translation>A chamada de %1 não foi atendida a tempo e passou para o próximo executivo.</translation>
    </message>
    <message>
        <source>%1 left the queue.</source>
        <translation>%1 saiu da fila.</translation>
    </message>
    <message>
        <source>The offer of %1 was withdrawn.</source>
        <translation>A chamada de %1 foi retirada.</translation>
    </message>
    <message>
        <source>%1 ended the session.</source>
        <translation>%1 encerrou a sessão.</translation>
    </message>
    <message>
        <source>You ended the session with %1.</source>
        <translation>Você encerrou a sessão com %1.</translation>
    </message>
    <message>
        <source>%1 disconnected; the session ended.</source>
        <translation>%1 se desconectou; a sessão foi encerrada.</translation>
    </message>
    <message>
        <source>missed offers</source>
        <translation>ofertas perdidas</translation>
    </message>
    <message>
        <source>You missed several offers in a row, so you were set to Away. Choose Available when you are ready.</source>
        <translation>Você perdeu várias ofertas seguidas e foi colocado como Ausente. Escolha Disponível quando estiver pronto.</translation>
    </message>
    <message>
        <source>Restarting the internet service of %1…</source>
        <translation>Reiniciando o serviço de internet de %1…</translation>
    </message>
    <message>
        <source>%1 is asked for a new Wi-Fi password.</source>
        <translation>Foi pedida a %1 uma nova senha do Wi-Fi.</translation>
    </message>
    <message>
        <source>The internet service of %1 was restarted.</source>
        <translation>O serviço de internet de %1 foi reiniciado.</translation>
    </message>
    <message>
        <source>%1 changed the Wi-Fi password; the Wi-Fi was restarted.</source>
        <translation>%1 trocou a senha do Wi-Fi; o Wi-Fi foi reiniciado.</translation>
    </message>
    <message>
        <source>The internet restart of %1 failed: %2</source>
        <translation>O reinício da internet de %1 falhou: %2</translation>
    </message>
    <message>
        <source>The Wi-Fi change of %1 failed: %2</source>
        <translation>A troca do Wi-Fi de %1 falhou: %2</translation>
    </message>
    <message>
        <source>You left the session with %1.</source>
        <translation>Você saiu da sessão com %1.</translation>
    </message>
    <message>
        <source>You transferred %1.</source>
        <translation>Você transferiu %1.</translation>
    </message>
    <message>
        <source>You transferred %1 to %2.</source>
        <translation>Você transferiu %1 para %2.</translation>
    </message>
    <message>
        <source>You declined the invitation from %1.</source>
        <translation>Você recusou o convite de %1.</translation>
    </message>
    <message>
        <source>The invitation from %1 expired.</source>
        <translation>O convite de %1 expirou.</translation>
    </message>
    <message>
        <source>The invitation from %1 was withdrawn.</source>
        <translation>O convite de %1 foi retirado.</translation>
    </message>
    <message>
        <source>%1 accepted your invitation.</source>
        <translation>%1 aceitou seu convite.</translation>
    </message>
    <message>
        <source>%1 declined your invitation.</source>
        <translation>%1 recusou seu convite.</translation>
    </message>
    <message>
        <source>%1 did not answer your invitation in time.</source>
        <translation>%1 não respondeu ao seu convite a tempo.</translation>
    </message>
    <message>
        <source>Your invitation to %1 was cancelled.</source>
        <translation>Seu convite para %1 foi cancelado.</translation>
    </message>
    <message>
        <source>%1 joined the session.</source>
        <translation>%1 entrou na sessão.</translation>
    </message>
    <message>
        <source>%1 left the session.</source>
        <translation>%1 saiu da sessão.</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>waiting for an executive</source>
        <translation>aguardando um executivo</translation>
    </message>
    <message>
        <source>in a session</source>
        <translation>em uma sessão</translation>
    </message>
</context>
<context>
    <name>Turno::ExecutiveTerminal</name>
    <message>
        <source>Hi! Welcome, enter your username and password</source>
        <translation>Olá! Bem-vindo, digite seu usuário e sua senha</translation>
    </message>
    <message>
        <source>user:</source>
        <comment>terminal prompt for the username</comment>
        <translation>usuário:</translation>
    </message>
    <message>
        <source>password:</source>
        <comment>terminal prompt</comment>
        <translation>senha:</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>terminal prompt with the executive's first name</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Hi %1, right now there are:</source>
        <translation>Olá %1, neste momento há:</translation>
    </message>
    <message>
        <source>%1 [%2]: %3</source>
        <comment>a chat message in the terminal: sender, time (HH:mm), text</comment>
        <translation>%1 [%2]: %3</translation>
    </message>
    <message>
        <source>The customer %1 wants to connect (last action: %2). Type :connect to accept or :reject to decline; it rings for %3 s.</source>
        <translation>O cliente %1 quer se conectar (última ação: %2). Digite :connect para aceitar ou :reject para recusar; vai chamar por %3 s.</translation>
    </message>
    <message>
        <source>You are now talking with %1.</source>
        <translation>Agora você está conversando com %1.</translation>
    </message>
    <message>
        <source>Type a message and press Enter to send it; :end ends the session.</source>
        <translation>Digite uma mensagem e pressione Enter para enviá-la; :end encerra a sessão.</translation>
    </message>
    <message>
        <source>(delivered %1)</source>
        <comment>an own chat message reached the server at this time (HH:mm)</comment>
        <translation>(entregue %1)</translation>
    </message>
    <message>
        <source>Type :ready when you are back.</source>
        <translation>Digite :ready quando voltar.</translation>
    </message>
    <message>
        <source>The note was added to the history.</source>
        <translation>A nota foi adicionada ao histórico.</translation>
    </message>
    <message>
        <source>You joined the conversation with %1 as a guest.</source>
        <translation>Você entrou como convidado na conversa com %1.</translation>
    </message>
    <message>
        <source>Type a message and press Enter to send it; :end leaves the conversation.</source>
        <translation>Digite uma mensagem e pressione Enter para enviá-la; :end sai da conversa.</translation>
    </message>
    <message>
        <source>Your other sessions wait meanwhile: :sessions lists them, :switch goes to one.</source>
        <translation>Suas outras sessões aguardam enquanto isso: :sessions as lista e :switch vai para uma delas.</translation>
    </message>
    <message>
        <source>%1 invites you into the session with %2 (%3). Type :accept to join or :decline; it rings for %4 s.</source>
        <translation>%1 convida você para a sessão com %2 (%3). Digite :accept para entrar ou :decline para recusar; vai chamar por %4 s.</translation>
    </message>
    <message>
        <source>%1 is on hold; they are told you will be back. Type :switch to go back to them.</source>
        <translation>%1 está em espera; foi avisado de que você voltará. Digite :switch para voltar a essa pessoa.</translation>
    </message>
    <message>
        <source>You are back with %1.</source>
        <translation>Você voltou a falar com %1.</translation>
    </message>
    <message>
        <source>%1 is in front now, on hold; type :switch to take them back.</source>
        <translation>%1 está agora em primeiro plano, em espera; digite :switch para retomá-lo.</translation>
    </message>
    <message>
        <source>You are now with %1.</source>
        <translation>Agora você está com %1.</translation>
    </message>
    <message>
        <source>%1 [%2] (on hold): %3</source>
        <comment>a message from a session on hold: sender, time, text</comment>
        <translation>%1 [%2] (em espera): %3</translation>
    </message>
    <message>
        <source>%1 [%2] (session with %3, in the background): %4</source>
        <comment>a message from a session not in front: sender, time, customer, text</comment>
        <translation>%1 [%2] (sessão com %3, em segundo plano): %4</translation>
    </message>
</context>
<context>
    <name>Turno::ExecutiveTexts</name>
    <message>
        <source>Restarted the internet service</source>
        <translation>Reiniciou o serviço de internet</translation>
    </message>
    <message>
        <source>Tried to restart the internet service, which failed</source>
        <translation>Tentou reiniciar o serviço de internet, sem sucesso</translation>
    </message>
    <message>
        <source>Changed the Wi-Fi password</source>
        <translation>Trocou a senha do Wi-Fi</translation>
    </message>
    <message>
        <source>Tried to change the Wi-Fi password, which failed</source>
        <translation>Tentou trocar a senha do Wi-Fi, sem sucesso</translation>
    </message>
    <message>
        <source>Nothing in self-service yet</source>
        <translation>Nada no autoatendimento ainda</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponível</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <source>After-call work</source>
        <translation>Pós-atendimento</translation>
    </message>
    <message>
        <source>You are available for customers.</source>
        <translation>Você está disponível para atender clientes.</translation>
    </message>
    <message>
        <source>You are away; no customer will be offered to you.</source>
        <translation>Você está ausente; nenhum cliente será oferecido a você.</translation>
    </message>
    <message>
        <source>You are away (%1); no customer will be offered to you.</source>
        <translation>Você está ausente (%1); nenhum cliente será oferecido a você.</translation>
    </message>
    <message>
        <source>You are in a session.</source>
        <translation>Você está em um atendimento.</translation>
    </message>
    <message>
        <source>After-call work: new offers in 1 second.</source>
        <translation>Pós-atendimento: novas ofertas em 1 segundo.</translation>
    </message>
    <message numerus="yes">
        <source>After-call work: new offers in %n seconds.</source>
        <translation><numerusform>Pós-atendimento: novas ofertas em %n segundo.</numerusform><numerusform>Pós-atendimento: novas ofertas em %n segundos.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The note is %n characters too long; shorten it and add it again.</source>
        <translation><numerusform>A nota tem %n caractere a mais; encurte-a e adicione de novo.</numerusform><numerusform>A nota tem %n caracteres a mais; encurte-a e adicione de novo.</numerusform></translation>
    </message>
    <message>
        <source>Logged in.</source>
        <translation>Entrou no sistema.</translation>
    </message>
    <message>
        <source>A log-in failed.</source>
        <translation>Uma tentativa de login falhou.</translation>
    </message>
    <message>
        <source>Logged out.</source>
        <translation>Saiu do sistema.</translation>
    </message>
    <message>
        <source>Restarted the internet service.</source>
        <translation>Reiniciou o serviço de internet.</translation>
    </message>
    <message>
        <source>An internet service restart failed.</source>
        <translation>Um reinício do serviço de internet falhou.</translation>
    </message>
    <message>
        <source>Changed the Wi-Fi password.</source>
        <translation>Trocou a senha do Wi-Fi.</translation>
    </message>
    <message>
        <source>A Wi-Fi password change failed.</source>
        <translation>Uma troca de senha do Wi-Fi falhou.</translation>
    </message>
    <message>
        <source>Asked for an executive (%1).</source>
        <translation>Pediu um executivo (%1).</translation>
    </message>
    <message>
        <source>Was attended by an executive (%1).</source>
        <translation>Foi atendido por um executivo (%1).</translation>
    </message>
    <message>
        <source>Left the queue.</source>
        <translation>Saiu da fila.</translation>
    </message>
    <message>
        <source>A conversation with %1 ended (%2).</source>
        <translation>Uma conversa com %1 terminou (%2).</translation>
    </message>
    <message>
        <source>Note by %1: %2</source>
        <translation>Nota de %1: %2</translation>
    </message>
    <message>
        <source>Came back after a dropped connection.</source>
        <translation>Voltou após uma queda de conexão.</translation>
    </message>
    <message>
        <source>Was transferred between executives (%1).</source>
        <translation>Foi transferido entre executivos (%1).</translation>
    </message>
    <message>
        <source>Was put on hold.</source>
        <translation>Foi colocado em espera.</translation>
    </message>
    <message>
        <source>Was taken off hold.</source>
        <translation>Saiu da espera.</translation>
    </message>
    <message>
        <source>Another executive joined the conversation.</source>
        <translation>Outro executivo entrou na conversa.</translation>
    </message>
    <message>
        <source>An executive left the conversation.</source>
        <translation>Um executivo saiu da conversa.</translation>
    </message>
    <message>
        <source>Was invited to a conversation by an executive (%1).</source>
        <translation>Foi convidado para uma conversa por um executivo (%1).</translation>
    </message>
    <message>
        <source>Was asked for a new Wi-Fi password.</source>
        <translation>Foi solicitada uma nova senha do Wi-Fi.</translation>
    </message>
    <message>
        <source>Was offered to an executive (%1).</source>
        <translation>Foi oferecido a um executivo (%1).</translation>
    </message>
    <message>
        <source>An executive (%1) passed the offer on.</source>
        <translation>Um executivo (%1) repassou a chamada.</translation>
    </message>
    <message>
        <source>An offer to an executive (%1) was not answered in time.</source>
        <translation>Uma chamada a um executivo (%1) não foi atendida a tempo.</translation>
    </message>
    <message>
        <source>Left the queue while being offered to an executive.</source>
        <translation>Saiu da fila enquanto era oferecido a um executivo.</translation>
    </message>
    <message>
        <source>An offer to an executive (%1) was withdrawn.</source>
        <translation>Uma chamada a um executivo (%1) foi retirada.</translation>
    </message>
    <message>
        <source>Did not come back in time after a dropped connection.</source>
        <translation>Não voltou a tempo depois de perder a conexão.</translation>
    </message>
    <message>
        <source>Created their account.</source>
        <translation>Criou a conta.</translation>
    </message>
    <message>
        <source>An account sign-up failed.</source>
        <translation>A criação de uma conta falhou.</translation>
    </message>
    <message>
        <source>Changed their account password.</source>
        <translation>Trocou a senha da conta.</translation>
    </message>
    <message>
        <source>An account password change failed.</source>
        <translation>Uma troca de senha da conta falhou.</translation>
    </message>
    <message>
        <source>Changed the name they are greeted with.</source>
        <translation>Trocou o nome com que é cumprimentado.</translation>
    </message>
    <message>
        <source>A change of their name failed.</source>
        <translation>Uma troca do nome falhou.</translation>
    </message>
</context>
<context>
    <name>Turno::ExecutiveWindow</name>
    <message>
        <source>Turno executive desk</source>
        <translation>Turno: posto de atendimento</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sessão</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Sair da sessão</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <comment>shortcut for Log out</comment>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Fec&amp;har</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando a %1…</translation>
    </message>
    <message>
        <source>Checking your username and password…</source>
        <translation>Verificando seu usuário e sua senha…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Conectado a %1</translation>
    </message>
    <message>
        <source>Connection lost; reconnecting to %1…</source>
        <translation>A conexão caiu; reconectando a %1…</translation>
    </message>
    <message>
        <source>%1 wrote in another session: %2</source>
        <translation>%1 escreveu em outra sessão: %2</translation>
    </message>
    <message>
        <source>&amp;Connected customers…</source>
        <translation>&amp;Clientes conectados…</translation>
    </message>
    <message>
        <source>The customers connected now and what each one did last (or type :details).</source>
        <translation>Os clientes conectados agora e o que cada um fez por último (ou digite :details).</translation>
    </message>
</context>
<context>
    <name>Turno::HistoryPanel</name>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>The customer you attend, and their history, appear here. To read the history of someone waiting, select them in the line and press History.</source>
        <translation>O cliente que você atende e o histórico dele aparecem aqui. Para ler o histórico de alguém na fila, selecione-o e pressione Histórico.</translation>
    </message>
    <message>
        <source>Back to the session</source>
        <translation>Voltar à sessão</translation>
    </message>
    <message>
        <source>History, newest first</source>
        <translation>Histórico, o mais recente primeiro</translation>
    </message>
    <message>
        <source>A note for the history</source>
        <translation>Uma nota para o histórico</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Adicionar &amp;nota</translation>
    </message>
    <message>
        <source>Adds the note to the customer's history (%1 goes to the note field; Enter adds it).</source>
        <translation>Adiciona a nota ao histórico do cliente (%1 vai para o campo da nota; Enter a adiciona).</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Serviço: %1</translation>
    </message>
    <message>
        <source>In session since %1</source>
        <translation>Em sessão desde %1</translation>
    </message>
    <message>
        <source>You joined this conversation as a guest.</source>
        <translation>Você entrou nesta conversa como convidado.</translation>
    </message>
    <message>
        <source>In this conversation: %1</source>
        <translation>Nesta conversa: %1</translation>
    </message>
    <message>
        <source>Waiting for %1 since %2</source>
        <translation>Aguardando (%1) desde %2</translation>
    </message>
    <message>
        <source>Last action: %1</source>
        <translation>Última ação: %1</translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation>Carregando o histórico…</translation>
    </message>
    <message>
        <source>Nothing in the history yet.</source>
        <translation>Ainda não há nada no histórico.</translation>
    </message>
    <message>
        <source>Loading older entries…</source>
        <translation>Carregando entradas mais antigas…</translation>
    </message>
    <message>
        <source>Show older entries</source>
        <translation>Ver entradas mais antigas</translation>
    </message>
</context>
<context>
    <name>Turno::InvitationDialog</name>
    <message>
        <source>Invitation from %1</source>
        <translation>Convite de %1</translation>
    </message>
    <message>
        <source>Press Enter to accept or Esc to decline.</source>
        <translation>Pressione Enter para aceitar ou Esc para recusar.</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aceitar</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Recusar</translation>
    </message>
    <message numerus="yes">
        <source>This invitation expires in %n seconds.</source>
        <translation><numerusform>Este convite expira em %n segundo.</numerusform><numerusform>Este convite expira em %n segundos.</numerusform></translation>
    </message>
    <message>
        <source>This invitation expires in 1 second.</source>
        <translation>Este convite expira em 1 segundo.</translation>
    </message>
    <message>
        <source>This invitation is expiring.</source>
        <translation>Este convite está expirando.</translation>
    </message>
    <message>
        <source>Connecting you with %1…</source>
        <translation>Conectando você com %1…</translation>
    </message>
</context>
<context>
    <name>Turno::InvitationPanel</name>
    <message>
        <source>&amp;Join</source>
        <translation>Entr&amp;ar</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Recusar</translation>
    </message>
    <message>
        <source>Join the session (%1).</source>
        <translation>Entra na sessão (%1).</translation>
    </message>
    <message>
        <source>Decline the invitation (%1).</source>
        <translation>Recusa o convite (%1).</translation>
    </message>
    <message>
        <source>Press %1 to join, %2 to decline.</source>
        <translation>Pressione %1 para entrar, %2 para recusar.</translation>
    </message>
    <message>
        <source>%1 invites you into the session with %2 (%3).</source>
        <translation>%1 convida você para a sessão com %2 (%3).</translation>
    </message>
    <message>
        <source>Answering…</source>
        <translation>Respondendo…</translation>
    </message>
    <message>
        <source>%1 s left to answer</source>
        <translation>Restam %1 s para responder</translation>
    </message>
    <message>
        <source>Time is up.</source>
        <translation>O tempo acabou.</translation>
    </message>
</context>
<context>
    <name>Turno::LoginPage</name>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>S&amp;enha:</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Entrar</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Digite sua senha.</translation>
    </message>
</context>
<context>
    <name>Turno::OfferPanel</name>
    <message>
        <source>Last action:</source>
        <translation>Última ação:</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Serviço:</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aceitar</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Recusar</translation>
    </message>
    <message>
        <source>%1 wants to talk with you</source>
        <translation>%1 quer falar com você</translation>
    </message>
    <message>
        <source>Answering…</source>
        <translation>Respondendo…</translation>
    </message>
    <message>
        <source>%1 s left to answer</source>
        <translation>Restam %1 s para responder</translation>
    </message>
    <message>
        <source>Time is up; the offer goes to the next executive.</source>
        <translation>O tempo acabou; o cliente passa para o próximo executivo.</translation>
    </message>
    <message>
        <source>Press %1 or %2 to accept, %3 or %4 to reject.</source>
        <translation>Pressione %1 ou %2 para aceitar, %3 ou %4 para recusar.</translation>
    </message>
</context>
<context>
    <name>Turno::QueuePage</name>
    <message>
        <source>You are in line for an executive.</source>
        <translation>Você está na fila para falar com um executivo.</translation>
    </message>
    <message>
        <source>Keep this window open. An executive will talk with you here as soon as one is free.</source>
        <translation>Mantenha esta janela aberta. Um executivo vai conversar com você aqui assim que estiver livre.</translation>
    </message>
    <message>
        <source>&amp;Leave the queue</source>
        <translation>&amp;Sair da fila</translation>
    </message>
    <message>
        <source>Press Esc to leave the queue.</source>
        <translation>Pressione Esc para sair da fila.</translation>
    </message>
    <message>
        <source>Finding your place in line…</source>
        <translation>Procurando seu lugar na fila…</translation>
    </message>
</context>
<context>
    <name>Turno::QueuePanel</name>
    <message>
        <source>Waiting customers</source>
        <translation>Clientes na fila</translation>
    </message>
    <message>
        <source>No customers waiting</source>
        <translation>Nenhum cliente na fila</translation>
    </message>
    <message>
        <source>Customers who ask to talk to an executive appear here.</source>
        <translation>Os clientes que pedem para falar com um executivo aparecem aqui.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Serviço</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Aguardando</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Última ação</translation>
    </message>
    <message>
        <source>Waiting customers, oldest first</source>
        <translation>Clientes aguardando, do mais antigo ao mais recente</translation>
    </message>
    <message>
        <source>Connect ne&amp;xt</source>
        <translation>Conectar pró&amp;ximo</translation>
    </message>
    <message>
        <source>Take the customer who has waited longest (%1, or type :connect).</source>
        <translation>Atenda o cliente que espera há mais tempo (%1, ou digite :connect).</translation>
    </message>
    <message>
        <source>&amp;Connect selected</source>
        <translation>&amp;Conectar selecionado</translation>
    </message>
    <message>
        <source>Take the selected customer now (also a double-click on the row).</source>
        <translation>Atenda agora o cliente selecionado (também com duplo clique na linha).</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Histórico</translation>
    </message>
    <message>
        <source>Show the selected customer's history beside the conversation (%1).</source>
        <translation>Mostra o histórico do cliente selecionado ao lado da conversa (%1).</translation>
    </message>
    <message>
        <source>Waiting customers (%1, the oldest %2 shown)</source>
        <translation>Clientes aguardando (%1; os %2 mais antigos exibidos)</translation>
    </message>
    <message>
        <source>Waiting customers (%1)</source>
        <translation>Clientes aguardando (%1)</translation>
    </message>
</context>
<context>
    <name>Turno::RequestDialog</name>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
</context>
<context>
    <name>Turno::Server::AccountService</name>
    <message>
        <source>New client %1 signed up.</source>
        <translation>Novo cliente %1 cadastrado.</translation>
    </message>
    <message>
        <source>Client %1 changed their password.</source>
        <translation>O cliente %1 alterou a senha.</translation>
    </message>
    <message>
        <source>Client %1 is now called %2.</source>
        <translation>O cliente %1 agora se chama %2.</translation>
    </message>
</context>
<context>
    <name>Turno::Server::ContactCenter</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Não é possível escutar em %1 porta %2: %3</translation>
    </message>
    <message>
        <source>Listening on %1 port %2.</source>
        <translation>Escutando em %1 porta %2.</translation>
    </message>
    <message>
        <source>Internet service restart for client %1.</source>
        <translation>Reinício do serviço de internet do cliente %1.</translation>
    </message>
    <message>
        <source>Internet service restart for client %1 failed: %2</source>
        <translation>Falha no reinício do serviço de internet do cliente %1: %2</translation>
    </message>
    <message>
        <source>Wi-Fi password change for client %1.</source>
        <translation>Alteração da senha do Wi-Fi do cliente %1.</translation>
    </message>
    <message>
        <source>Wi-Fi password change for client %1 failed: %2</source>
        <translation>Falha na alteração da senha do Wi-Fi do cliente %1: %2</translation>
    </message>
    <message>
        <source>--plaintext listens only on a loopback address (127.0.0.1 or ::1), never on %1: without TLS, passwords would cross the network in clear.</source>
        <translation>--plaintext só escuta em um endereço loopback (127.0.0.1 ou ::1), nunca em %1: sem TLS, as senhas atravessariam a rede às claras.</translation>
    </message>
    <message>
        <source>WARNING: --plaintext: connections are NOT encrypted. Use this only for debugging on this machine.</source>
        <translation>ATENÇÃO: --plaintext: as conexões NÃO são criptografadas. Use isto só para depuração nesta máquina.</translation>
    </message>
    <message>
        <source>No TLS certificate and key to listen with (or --plaintext for debugging on this machine).</source>
        <translation>Não há certificado nem chave TLS para escutar (ou use --plaintext para depuração nesta máquina).</translation>
    </message>
</context>
<context>
    <name>Turno::Server::LogWindow</name>
    <message>
        <source>Turno server</source>
        <translation>Servidor Turno</translation>
    </message>
    <message>
        <source>Filter the log (Ctrl+F)</source>
        <translation>Filtrar o registro (Ctrl+F)</translation>
    </message>
    <message>
        <source>Server log</source>
        <translation>Registro do servidor</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Servidor</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>S&amp;air</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrar</translation>
    </message>
    <message>
        <source>&amp;Clear log</source>
        <translation>&amp;Limpar registro</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Banco de dados: %1</translation>
    </message>
    <message>
        <source>Connected customers (%1)</source>
        <translation>Clientes conectados (%1)</translation>
    </message>
    <message>
        <source>Connected executives (%1)</source>
        <translation>Executivos conectados (%1)</translation>
    </message>
    <message>
        <source>Listening on %1 port %2</source>
        <translation>Escutando em %1 porta %2</translation>
    </message>
</context>
<context>
    <name>Turno::Server::PresenceBoard</name>
    <message>
        <source>Executive %1 is now available.</source>
        <translation>Executivo %1 agora está disponível.</translation>
    </message>
    <message>
        <source>Executive %1 is now away.</source>
        <translation>Executivo %1 agora está ausente.</translation>
    </message>
    <message>
        <source>Executive %1 is now away (%2).</source>
        <translation>Executivo %1 agora está ausente (%2).</translation>
    </message>
    <message>
        <source>Executive %1 is now busy in a session.</source>
        <translation>Executivo %1 agora está ocupado em um atendimento.</translation>
    </message>
    <message>
        <source>Executive %1 is now in after-call work.</source>
        <translation>Executivo %1 agora está em trabalho pós-atendimento.</translation>
    </message>
</context>
<context>
    <name>Turno::Server::Roster</name>
    <message>
        <source>Client %1 connected.</source>
        <translation>Cliente %1 conectado.</translation>
    </message>
    <message>
        <source>Executive %1 connected.</source>
        <translation>Executivo %1 conectado.</translation>
    </message>
    <message>
        <source>Client %1 disconnected.</source>
        <translation>Cliente %1 desconectado.</translation>
    </message>
    <message>
        <source>Executive %1 disconnected.</source>
        <translation>Executivo %1 desconectado.</translation>
    </message>
    <message>
        <source>Client %1 did not come back in time; their place was released.</source>
        <translation>Cliente %1 não voltou a tempo; seu lugar foi liberado.</translation>
    </message>
    <message>
        <source>Client %1 reconnected.</source>
        <translation>Cliente %1 reconectado.</translation>
    </message>
</context>
<context>
    <name>Turno::Server::SessionDesk</name>
    <message>
        <source>Client %1 is waiting for an executive (%2).</source>
        <translation>Cliente %1 aguarda um executivo (%2).</translation>
    </message>
    <message>
        <source>Client %1 offered to executive %2.</source>
        <translation>Cliente %1 oferecido ao executivo %2.</translation>
    </message>
    <message>
        <source>Executive %1 rejected client %2.</source>
        <translation>Executivo %1 recusou o cliente %2.</translation>
    </message>
    <message>
        <source>Executive %1 did not answer the offer of client %2.</source>
        <translation>Executivo %1 não respondeu à oferta do cliente %2.</translation>
    </message>
    <message>
        <source>Client %1 redirected to executive %2.</source>
        <translation>Cliente %1 redirecionado ao executivo %2.</translation>
    </message>
    <message>
        <source>Session of client %1 with executive %2 ended.</source>
        <translation>Atendimento do cliente %1 com o executivo %2 encerrado.</translation>
    </message>
    <message>
        <source>Client %1 left the queue.</source>
        <translation>Cliente %1 saiu da fila.</translation>
    </message>
    <message>
        <source>Executive %1 is now offline.</source>
        <translation>Executivo %1 agora está desconectado.</translation>
    </message>
    <message>
        <source>Executive %1 put client %2 on hold.</source>
        <translation>Executivo %1 colocou o cliente %2 em espera.</translation>
    </message>
    <message>
        <source>Executive %1 is back with client %2.</source>
        <translation>Executivo %1 voltou ao cliente %2.</translation>
    </message>
    <message>
        <source>Executive %1 transferred client %2 to executive %3.</source>
        <translation>Executivo %1 transferiu o cliente %2 para o executivo %3.</translation>
    </message>
    <message>
        <source>Executive %1 invited executive %2 into the session with client %3.</source>
        <translation>Executivo %1 convidou o executivo %2 para a sessão com o cliente %3.</translation>
    </message>
    <message>
        <source>Executive %1 joined the session of client %2 with executive %3.</source>
        <translation>Executivo %1 entrou na sessão do cliente %2 com o executivo %3.</translation>
    </message>
    <message>
        <source>Executive %1 left the session of client %2.</source>
        <translation>Executivo %1 saiu da sessão do cliente %2.</translation>
    </message>
    <message>
        <source>Executive %1 invited client %2 to a session.</source>
        <translation>Executivo %1 convidou o cliente %2 para uma sessão.</translation>
    </message>
</context>
<context>
    <name>Turno::ServerKey</name>
    <message>
        <source>This is your first connection to %1. Its certificate is not signed by an authority this computer knows, so check its key before you trust it.

Server key (SHA-256):
%2

Ask your administrator for the fingerprint that "turno-server fingerprint" prints and compare it. Once trusted, this key is remembered and you will not be asked again.</source>
        <translation>Esta é sua primeira conexão com %1. O certificado dele não é assinado por uma autoridade que este computador conheça, então confira a chave antes de confiar nela.

Chave do servidor (SHA-256):
%2

Peça ao seu administrador a impressão digital que "turno-server fingerprint" mostra e compare. Depois de confiada, esta chave fica lembrada e você não será perguntado de novo.</translation>
    </message>
    <message>
        <source>WARNING: the key of %1 has changed. Someone may be intercepting the connection, or the server was given a new key. Nothing was sent.

Remembered key (SHA-256):
%2

Key presented now:
%3

If your administrator confirms the new key, accept it deliberately: start with --trust-fingerprint and the new key, or confirm it in the window.</source>
        <translation>ATENÇÃO: a chave de %1 mudou. Alguém pode estar interceptando a conexão, ou o servidor recebeu uma chave nova. Nada foi enviado.

Chave lembrada (SHA-256):
%2

Chave apresentada agora:
%3

Se o seu administrador confirmar a chave nova, aceite-a deliberadamente: inicie com --trust-fingerprint e a chave nova, ou confirme-a na janela.</translation>
    </message>
    <message>
        <source>Trust this server? (yes/no):</source>
        <translation>Confiar neste servidor? (sim/não):</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>answer to "Trust this server?"</comment>
        <translation>sim</translation>
    </message>
    <message>
        <source>WARNING: --plaintext: this connection is NOT encrypted. Passwords and messages cross the network in clear. Use it only for debugging on this machine.</source>
        <translation>ATENÇÃO: --plaintext: esta conexão NÃO é criptografada. Senhas e mensagens atravessam a rede às claras. Use só para depuração nesta máquina.</translation>
    </message>
</context>
<context>
    <name>Turno::ServerKeyDialog</name>
    <message>
        <source>The server's key has changed</source>
        <translation>A chave do servidor mudou</translation>
    </message>
    <message>
        <source>Check the server's key</source>
        <translation>Confira a chave do servidor</translation>
    </message>
    <message>
        <source>Trust the new key</source>
        <translation>Confiar na chave nova</translation>
    </message>
    <message>
        <source>Trust this server</source>
        <translation>Confiar neste servidor</translation>
    </message>
    <message>
        <source>I have confirmed the new key with the server's administrator</source>
        <translation>Confirmei a chave nova com o administrador do servidor</translation>
    </message>
    <message>
        <source>%1 — NOT ENCRYPTED (--plaintext)</source>
        <translation>%1 — SEM CRIPTOGRAFIA (--plaintext)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Turno::SessionSwitcher</name>
    <message>
        <source>Your sessions</source>
        <translation>Suas sessões</translation>
    </message>
    <message>
        <source>%1 · conference</source>
        <comment>a session tab: a colleague's session this executive joined</comment>
        <translation>%1 · conferência</translation>
    </message>
    <message>
        <source>%1 · on hold</source>
        <comment>a session tab</comment>
        <translation>%1 · em espera</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a session tab and its unread messages</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <comment>tooltip: customer, service</comment>
        <translation>%1, %2.</translation>
    </message>
    <message>
        <source>%1, %2: %3.</source>
        <comment>tooltip: customer, service, states</comment>
        <translation>%1, %2: %3.</translation>
    </message>
    <message>
        <source>%1 Press %2 to go to it.</source>
        <translation>%1 Pressione %2 para ir até ela.</translation>
    </message>
</context>
<context>
    <name>Turno::Storage::Migrator</name>
    <message>
        <source>The database %1 has schema version %2, but this turno-server only knows versions up to %3. Use a newer turno-server with it; the file was left untouched.</source>
        <translation>O banco de dados %1 tem a versão de esquema %2, mas este turno-server só conhece versões até a %3. Use-o com um turno-server mais novo; o arquivo não foi alterado.</translation>
    </message>
</context>
<context>
    <name>Turno::TerminalChat</name>
    <message>
        <source>You are now talking with %1.</source>
        <translation>Agora você está conversando com %1.</translation>
    </message>
    <message>
        <source>Type your message and press Enter. Type :end to end the conversation.</source>
        <translation>Escreva sua mensagem e pressione Enter. Digite :encerrar para encerrar a conversa.</translation>
    </message>
    <message>
        <source>%1 [%2]: %3</source>
        <comment>name [time]: chat message</comment>
        <translation>%1 [%2]: %3</translation>
    </message>
    <message>
        <source>Assistant: %1</source>
        <comment>a line said by the assistant in the terminal dialog</comment>
        <translation>Assistente: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>place in line, then the estimated wait</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>You are in line for an executive. %1 %2</source>
        <translation>Você está na fila para falar com um executivo. %1 %2</translation>
    </message>
    <message>
        <source>Type leave to leave the queue.</source>
        <translation>Digite sair para sair da fila.</translation>
    </message>
    <message>
        <source>leave</source>
        <comment>typed while waiting in line, to leave it</comment>
        <translation>sair</translation>
    </message>
    <message>
        <source>end</source>
        <comment>typed in a conversation, to end it</comment>
        <translation>encerrar</translation>
    </message>
    <message>
        <source>You are still in line. Your message will be sent when an executive joins you.</source>
        <translation>Você continua na fila. Sua mensagem será enviada quando um executivo atender você.</translation>
    </message>
    <message>
        <source>Your message could not be sent.</source>
        <translation>Não foi possível enviar sua mensagem.</translation>
    </message>
    <message>
        <source>You [%1]: %2</source>
        <comment>time: own chat message</comment>
        <translation>Você [%1]: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n of your messages could not be delivered.</source>
        <translation><numerusform>%n das suas mensagens não pôde ser entregue.</numerusform><numerusform>%n das suas mensagens não puderam ser entregues.</numerusform></translation>
    </message>
    <message>
        <source>%1 is restarting your Wi-Fi and asks you for a new Wi-Fi password.</source>
        <translation>%1 está reiniciando seu Wi-Fi e pede uma nova senha do Wi-Fi.</translation>
    </message>
    <message>
        <source>We are updating your password</source>
        <translation>Estamos atualizando sua senha</translation>
    </message>
    <message>
        <source>Enter your new Wi-Fi password (8 to 63 characters), then repeat it on the next line:</source>
        <translation>Digite sua nova senha do Wi-Fi (8 a 63 caracteres) e repita-a na linha seguinte:</translation>
    </message>
</context>
<context>
    <name>Turno::TerminalDialog</name>
    <message>
        <source>Assistant: %1</source>
        <comment>a line said by the assistant in the terminal dialog</comment>
        <translation>Assistente: %1</translation>
    </message>
</context>
<context>
    <name>Turno::TopicDialog</name>
    <message>
        <source>Contact an executive</source>
        <translation>Falar com um executivo</translation>
    </message>
    <message>
        <source>What would you like to talk about?</source>
        <translation>Sobre o que você quer falar?</translation>
    </message>
    <message>
        <source>My &amp;internet service</source>
        <translation>Meu serviço de &amp;internet</translation>
    </message>
    <message>
        <source>My &amp;Wi-Fi network</source>
        <translation>Minha rede &amp;Wi-Fi</translation>
    </message>
</context>
<context>
    <name>Turno::WifiPasswordDialog</name>
    <message>
        <source>Change Wi-Fi password</source>
        <translation>Alterar senha do Wi-Fi</translation>
    </message>
    <message>
        <source>Enter your new Wi-Fi password twice. It needs %1 to %2 characters: letters without accents, digits, spaces or symbols.</source>
        <translation>Digite sua nova senha do Wi-Fi duas vezes. Ela precisa de %1 a %2 caracteres: letras sem acento, dígitos, espaços ou símbolos.</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>&amp;Alterar senha</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nova senha:</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>R&amp;epetir senha:</translation>
    </message>
    <message>
        <source>We are updating your password…</source>
        <translation>Estamos atualizando sua senha…</translation>
    </message>
</context>
</TS>