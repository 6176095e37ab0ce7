<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>CallCenterApp</name>
    <message>
        <source>Invalid --operators "%1": give distinct ids separated by commas, such as A,B.</source>
        <translation>--operators «%1» no es válido: indique identificadores distintos separados por comas, como A,B.</translation>
    </message>
    <message>
        <source>Invalid --ring-timeout "%1": give a number of seconds, 0 or more.</source>
        <translation>--ring-timeout «%1» no es válido: indique un número de segundos, 0 o más.</translation>
    </message>
    <message>
        <source>Unknown --strategy "%1": choose one of %2.</source>
        <translation>--strategy «%1» desconocida: elija una de %2.</translation>
    </message>
    <message>
        <source>Invalid --port "%1": give a number from 0 to 65535.</source>
        <translation>--port «%1» no es válido: indique un número de 0 a 65535.</translation>
    </message>
    <message>
        <source>Invalid --listen "%1": give an IP address such as 127.0.0.1.</source>
        <translation>--listen «%1» no es válido: indique una dirección IP como 127.0.0.1.</translation>
    </message>
    <message>
        <source>Invalid --connect "%1": give HOST:PORT, such as 127.0.0.1:5678.</source>
        <translation>--connect «%1» no es válido: indique HOST:PUERTO, como 127.0.0.1:5678.</translation>
    </message>
    <message>
        <source>Unexpected argument "%1"; see --help.</source>
        <translation>Argumento inesperado «%1»; consulte --help.</translation>
    </message>
    <message>
        <source>Choose either --serve or --connect, not both.</source>
        <translation>Elija --serve o --connect, no ambos.</translation>
    </message>
    <message>
        <source>%1 is a setting of the queue server; give it to --serve, not to --connect.</source>
        <translation>%1 es un ajuste del servidor de la cola; indíquelo con --serve, no con --connect.</translation>
    </message>
    <message>
        <source>%1 only applies with --serve.</source>
        <translation>%1 solo se aplica con --serve.</translation>
    </message>
    <message>
        <source>Call-center queue console: routes calls to operators. Reads call, answer, reject, hangup, help and quit commands from standard input.</source>
        <translation>Consola de la cola del centro de llamadas: reparte las llamadas entre los operadores. Lee las órdenes call, answer, reject, hangup, help y quit de la entrada estándar.</translation>
    </message>
    <message>
        <source>Operator ids, in order, separated by commas.</source>
        <translation>Identificadores de los operadores, en orden, separados por comas.</translation>
    </message>
    <message>
        <source>Seconds a call may ring before it is offered on (fractions allowed; 0 disables).</source>
        <translation>Segundos que una llamada puede sonar antes de ofrecerse a otro (se admiten fracciones; 0 lo desactiva).</translation>
    </message>
    <message>
        <source>How an available operator is chosen: %1.</source>
        <translation>Cómo se elige un operador disponible: %1.</translation>
    </message>
    <message>
        <source>Language of the messages, such as pt_BR, es or fr.</source>
        <translation>Idioma de los mensajes, como pt_BR, es o fr.</translation>
    </message>
    <message>
        <source>Run as the queue server.</source>
        <translation>Funcionar como servidor de la cola.</translation>
    </message>
    <message>
        <source>Port to listen on with --serve (0 picks a free one).</source>
        <translation>Puerto de escucha con --serve (0 elige uno libre).</translation>
    </message>
    <message>
        <source>Address to listen on with --serve.</source>
        <translation>Dirección de escucha con --serve.</translation>
    </message>
    <message>
        <source>Send the commands to a queue server.</source>
        <translation>Enviar las órdenes a un servidor de la cola.</translation>
    </message>
</context>
<context>
    <name>CallCenterText</name>
    <message>
        <source>Call %1 received</source>
        <translation>Llamada %1 recibida</translation>
    </message>
    <message>
        <source>Call %1 ringing for operator %2</source>
        <translation>Llamada %1 sonando para el operador %2</translation>
    </message>
    <message>
        <source>Call %1 waiting in queue</source>
        <translation>Llamada %1 esperando en la cola</translation>
    </message>
    <message>
        <source>Call %1 answered by operator %2</source>
        <translation>Llamada %1 atendida por el operador %2</translation>
    </message>
    <message>
        <source>Call %1 rejected by operator %2</source>
        <translation>Llamada %1 rechazada por el operador %2</translation>
    </message>
    <message>
        <source>Call %1 ignored by operator %2</source>
        <translation>Llamada %1 ignorada por el operador %2</translation>
    </message>
    <message>
        <source>Call %1 withdrawn from operator %2</source>
        <translation>Llamada %1 retirada al operador %2</translation>
    </message>
    <message>
        <source>Call %1 finished and operator %2 available</source>
        <translation>Llamada %1 finalizada y operador %2 disponible</translation>
    </message>
    <message>
        <source>Call %1 missed</source>
        <translation>Llamada %1 perdida</translation>
    </message>
    <message>
        <source>Unknown command "%1". Type help to see the commands.</source>
        <translation>Orden desconocida «%1». Escriba help para ver las órdenes.</translation>
    </message>
    <message>
        <source>The %1 command needs an id.</source>
        <translation>La orden %1 necesita un identificador.</translation>
    </message>
    <message>
        <source>The id given to %1 is too long: at most %2 characters.</source>
        <translation>El identificador dado a %1 es demasiado largo: como máximo %2 caracteres.</translation>
    </message>
    <message>
        <source>Unexpected "%1" after the %2 command.</source>
        <translation>«%1» inesperado después de la orden %2.</translation>
    </message>
    <message>
        <source>There is no call %1.</source>
        <translation>No hay ninguna llamada %1.</translation>
    </message>
    <message>
        <source>Call id %1 is already in use.</source>
        <translation>El identificador de llamada %1 ya está en uso.</translation>
    </message>
    <message>
        <source>There is no operator %1.</source>
        <translation>No hay ningún operador %1.</translation>
    </message>
    <message>
        <source>Operator %1 has no call ringing.</source>
        <translation>El operador %1 no tiene ninguna llamada sonando.</translation>
    </message>
    <message>
        <source>Operator id %1 is already in use.</source>
        <translation>El identificador de operador %1 ya está en uso.</translation>
    </message>
    <message>
        <source>Operator %1 is not free.</source>
        <translation>El operador %1 no está libre.</translation>
    </message>
    <message>
        <source>Call %1 is not waiting in the queue.</source>
        <translation>La llamada %1 no está esperando en la cola.</translation>
    </message>
    <message>
        <source>The message is not a JSON object.</source>
        <translation>El mensaje no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The message has no command.</source>
        <translation>El mensaje no tiene ninguna orden.</translation>
    </message>
    <message>
        <source>The line is longer than 4 KiB; closing the connection.</source>
        <translation>La línea supera los 4 KiB; se cierra la conexión.</translation>
    </message>
    <message>
        <source>Commands:
  call &lt;call id&gt;        a call arrives
  answer &lt;operator id&gt;  the operator answers its ringing call
  reject &lt;operator id&gt;  the operator turns its ringing call down
  hangup &lt;call id&gt;      the caller hangs up
  help                  show this list
  quit                  leave</source>
        <translation>Órdenes:
  call &lt;id de llamada&gt;     llega una llamada
  answer &lt;id de operador&gt;  el operador atiende la llamada que le suena
  reject &lt;id de operador&gt;  el operador rechaza la llamada que le suena
  hangup &lt;id de llamada&gt;   quien llama cuelga
  help                     muestra esta lista
  quit                     salir</translation>
    </message>
    <message>
        <source>Type help to see the commands.</source>
        <translation>Escriba help para ver las órdenes.</translation>
    </message>
    <message>
        <source>Listening on %1 port %2</source>
        <translation>Escuchando en %1 puerto %2</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>No se puede escuchar en %1 puerto %2: %3</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>No se puede conectar con %1: %2</translation>
    </message>
    <message>
        <source>The connection to %1 was closed.</source>
        <translation>Se cerró la conexión con %1.</translation>
    </message>
</context>
<context>
    <name>ServerApp</name>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Dirección en la que escuchar (por omisión 127.0.0.1).</translation>
    </message>
    <message>
        <source>TCP port (default 5680; 0 picks a free port and logs it).</source>
        <translation>Puerto TCP (por omisión 5680; 0 elige uno libre y lo registra).</translation>
    </message>
    <message>
        <source>SQLite database file (default %1).</source>
        <translation>Archivo de base de datos SQLite (por omisión %1).</translation>
    </message>
    <message>
        <source>Load the demo accounts into an empty database.</source>
        <translation>Carga las cuentas de demostración en una base de datos vacía.</translation>
    </message>
    <message>
        <source>Run without the log window; log to stdout.</source>
        <translation>Funciona sin la ventana de registro; escribe el registro en la salida estándar.</translation>
    </message>
    <message>
        <source>Language of the log (es, pt_BR, fr, en); default: the system's.</source>
        <translation>Idioma del registro (es, pt_BR, fr, en); por omisión, el del sistema.</translation>
    </message>
    <message>
        <source>Time a new connection has to finish the handshake (default 10000).</source>
        <translation>Tiempo que tiene una conexión nueva para completar el saludo inicial (por omisión 10000).</translation>
    </message>
    <message>
        <source>Delay of the simulated provider backend (default 1500).</source>
        <translation>Demora del sistema simulado del proveedor (por omisión 1500).</translation>
    </message>
    <message>
        <source>Make the simulated provider backend fail with this reason.</source>
        <translation>Hace que el sistema simulado del proveedor falle con este motivo.</translation>
    </message>
    <message>
        <source>Password hashing cost: default or low (load tests only).</source>
        <translation>Costo del hash de claves: default o low (solo pruebas de carga).</translation>
    </message>
    <message>
        <source>An account command (see above); none starts the server.</source>
        <translation>Un comando de cuentas (ver arriba); sin comando se inicia el servidor.</translation>
    </message>
    <message>
        <source>Invalid --listen address: %1</source>
        <translation>Dirección --listen no válida: %1</translation>
    </message>
    <message>
        <source>Invalid --port: %1 (use 0 to 65535)</source>
        <translation>--port no válido: %1 (use 0 a 65535)</translation>
    </message>
    <message>
        <source>Invalid --handshake-timeout-ms: %1</source>
        <translation>--handshake-timeout-ms no válido: %1</translation>
    </message>
    <message>
        <source>Invalid --backend-delay-ms: %1</source>
        <translation>--backend-delay-ms no válido: %1</translation>
    </message>
    <message>
        <source>Invalid --hash-cost: %1 (use default or low)</source>
        <translation>--hash-cost no válido: %1 (use default o low)</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>No se puede abrir la base de datos %1: %2</translation>
    </message>
    <message>
        <source>Unknown command: %1 (see --help)</source>
        <translation>Comando desconocido: %1 (ver --help)</translation>
    </message>
    <message>
        <source>Database %1.</source>
        <translation>Base de datos %1.</translation>
    </message>
    <message>
        <source>Shutting down.</source>
        <translation>Apagando el servidor.</translation>
    </message>
    <message>
        <source>Seconds an offer rings for an executive before it goes to someone else (default 20).</source>
        <translation>Segundos que suena una oferta para un ejecutivo antes de pasar a otro (por omisión 20).</translation>
    </message>
    <message>
        <source>Let customers create their own accounts (off by default; --demo turns it on).</source>
        <translation>Permite que los clientes creen su propia cuenta (desactivado por omisión; --demo lo activa).</translation>
    </message>
    <message>
        <source>Invalid --ring-timeout: %1 (use seconds from 0.1 to 3600)</source>
        <translation>--ring-timeout no válido: %1 (use segundos entre 0.1 y 3600)</translation>
    </message>
    <message>
        <source>Seconds a customer whose connection dropped keeps their place or conversation (default 120).</source>
        <translation>Segundos que un cliente cuya conexión se cortó conserva su lugar o su conversación (por omisión 120).</translation>
    </message>
    <message>
        <source>Invalid --resume-grace: %1 (use seconds from 0 to 86400)</source>
        <translation>--resume-grace no válido: %1 (use segundos entre 0 y 86400)</translation>
    </message>
    <message>
        <source>Seconds of after-call work after each session before new offers (default 30).</source>
        <translation>Segundos de trabajo posterior a cada atención antes de nuevas ofertas (por omisión 30).</translation>
    </message>
    <message>
        <source>Unanswered offers in a row that set an executive Away (default 2).</source>
        <translation>Ofertas seguidas sin respuesta que dejan a un ejecutivo Ausente (por omisión 2).</translation>
    </message>
    <message>
        <source>Invalid --wrap-up: %1 (use seconds from 0 to 3600)</source>
        <translation>--wrap-up no válido: %1 (use segundos entre 0 y 3600)</translation>
    </message>
    <message>
        <source>Invalid --missed-offers: %1 (use 1 to 100)</source>
        <translation>--missed-offers no válido: %1 (use 1 a 100)</translation>
    </message>
    <message>
        <source>Loaded 1 demo account.</source>
        <translation>Se cargó 1 cuenta de demostración.</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n demo accounts.</source>
        <translation><numerusform>Se cargó %n cuenta de demostración.</numerusform><numerusform>Se cargaron %n cuentas de demostración.</numerusform></translation>
    </message>
    <message>
        <source>Which available executive gets the next customer: longest-idle (default), round-robin, fewest-answered or ordered.</source>
        <translation>Qué ejecutivo disponible recibe al siguiente cliente: longest-idle (por omisión), round-robin, fewest-answered u ordered.</translation>
    </message>
    <message>
        <source>Invalid --strategy: %1 (use longest-idle, round-robin, fewest-answered or ordered)</source>
        <translation>--strategy no válido: %1 (use longest-idle, round-robin, fewest-answered u ordered)</translation>
    </message>
    <message>
        <source>Sessions an executive may have at once, counting those on hold (default 2).</source>
        <translation>Sesiones que un ejecutivo puede tener a la vez, contando las en espera (por omisión 2).</translation>
    </message>
    <message>
        <source>Seconds an invitation to a session waits for its answer (default 30).</source>
        <translation>Segundos que una invitación a una sesión espera su respuesta (por omisión 30).</translation>
    </message>
    <message>
        <source>Write a [STATS] line to the log every this many seconds (default 0: never).</source>
        <translation>Escribir una línea [STATS] en el registro cada esta cantidad de segundos (por omisión 0: nunca).</translation>
    </message>
    <message>
        <source>Invalid --session-limit: %1 (use 1 to 10)</source>
        <translation>--session-limit no válido: %1 (use de 1 a 10)</translation>
    </message>
    <message>
        <source>Invalid --invitation-timeout: %1 (use seconds from 0.1 to 3600)</source>
        <translation>--invitation-timeout no válido: %1 (use segundos de 0,1 a 3600)</translation>
    </message>
    <message>
        <source>Invalid --stats-interval: %1 (use seconds from 0 to 86400)</source>
        <translation>--stats-interval no válido: %1 (use segundos de 0 a 86400)</translation>
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
        <translation>Servidor del centro de contacto Turno.

Comandos de cuentas (la clave se lee de la entrada estándar):
  add-customer RUT "NOMBRE COMPLETO"
  add-executive USUARIO "NOMBRE COMPLETO" [--role executive|supervisor] [--services internet,wifi]
  add-customers --count N --prefix NOMBRE [--seed S] [--password-cost low|default]
  add-executives --count M --prefix NOMBRE [--seed S] [--password-cost low|default] [--supervisors K]
  list-accounts
  demo-accounts   (muestra las cuentas de demostración y sus claves)
  fingerprint     (muestra la huella SHA-256 de la clave TLS del servidor, para que los clientes la verifiquen)</translation>
    </message>
    <message>
        <source>No TLS: for debugging on this machine only (refused on any address but loopback).</source>
        <translation>Sin TLS: solo para depurar en este equipo (se rechaza en cualquier dirección que no sea loopback).</translation>
    </message>
    <message>
        <source>PEM certificate chain (the server's first). Default: a self-signed certificate made beside the database.</source>
        <translation>Cadena de certificados PEM (primero el del servidor). Por omisión: un certificado autofirmado creado junto a la base de datos.</translation>
    </message>
    <message>
        <source>PEM private key of --tls-cert.</source>
        <translation>Clave privada PEM de --tls-cert.</translation>
    </message>
    <message>
        <source>Seconds a customer may keep resuming after a log-in before logging in again (default 28800).</source>
        <translation>Segundos durante los que un cliente puede seguir retomando su sesión después de iniciarla antes de tener que iniciarla de nuevo (por omisión 28800).</translation>
    </message>
    <message>
        <source>Invalid --token-lifetime: %1 (use seconds from 1 to 2592000)</source>
        <translation>--token-lifetime no válido: %1 (usa segundos de 1 a 2592000)</translation>
    </message>
    <message>
        <source>--plaintext cannot be combined with --tls-cert or --tls-key.</source>
        <translation>--plaintext no se puede combinar con --tls-cert ni con --tls-key.</translation>
    </message>
    <message>
        <source>--plaintext listens only on a loopback address (127.0.0.1 or ::1), never on %1: without TLS, passwords would cross the network in clear.</source>
        <translation>--plaintext solo escucha en una dirección loopback (127.0.0.1 o ::1), nunca en %1: sin TLS, las claves cruzarían la red en claro.</translation>
    </message>
    <message>
        <source>Created a self-signed certificate: %1.</source>
        <translation>Se creó un certificado autofirmado: %1.</translation>
    </message>
    <message>
        <source>TLS key fingerprint (SHA-256): %1</source>
        <translation>Huella de la clave TLS (SHA-256): %1</translation>
    </message>
    <message>
        <source>Seconds a new connection has to log in before it is closed (default 30).</source>
        <translation>Segundos que tiene una conexión nueva para iniciar sesión antes de cerrarse (por omisión 30).</translation>
    </message>
    <message>
        <source>Connections at once (default: the open-file limit, raised to its hard limit, less 64).</source>
        <translation>Conexiones simultáneas (por omisión: el límite de archivos abiertos, elevado a su máximo, menos 64).</translation>
    </message>
    <message>
        <source>Connections not logged in yet from one address (default 32).</source>
        <translation>Conexiones aún sin sesión iniciada desde una misma dirección (por omisión 32).</translation>
    </message>
    <message>
        <source>Invalid --login-timeout: %1 (use seconds from 0.1 to 3600)</source>
        <translation>--login-timeout no válido: %1 (usa segundos de 0.1 a 3600)</translation>
    </message>
    <message>
        <source>Invalid --max-unauthenticated-per-address: %1 (use 1 to 100000)</source>
        <translation>--max-unauthenticated-per-address no válido: %1 (usa de 1 a 100000)</translation>
    </message>
    <message>
        <source>Invalid --max-connections: %1 (use 1 to 10000000)</source>
        <translation>--max-connections no válido: %1 (usa de 1 a 10000000)</translation>
    </message>
    <message>
        <source>Open-file limit %1 (raised from %2): up to %3 connections.</source>
        <translation>Límite de archivos abiertos %1 (elevado desde %2): hasta %3 conexiones.</translation>
    </message>
    <message>
        <source>Open-file limit %1: up to %2 connections.</source>
        <translation>Límite de archivos abiertos %1: hasta %2 conexiones.</translation>
    </message>
    <message>
        <source>Seconds of quiet after which a logged-in app is pinged (default 30).</source>
        <translation>Segundos de silencio tras los cuales se envía un ping a una app con sesión iniciada (por omisión 30).</translation>
    </message>
    <message>
        <source>Seconds of silence after which a logged-in app is disconnected (default 90).</source>
        <translation>Segundos de silencio tras los cuales se desconecta una app con sesión iniciada (por omisión 90).</translation>
    </message>
    <message>
        <source>Invalid --heartbeat-interval or --heartbeat-timeout: %1 and %2 (the timeout must be longer than the interval; seconds up to 3600 and 86400)</source>
        <translation>--heartbeat-interval o --heartbeat-timeout no válidos: %1 y %2 (el plazo debe ser mayor que el intervalo; segundos hasta 3600 y 86400)</translation>
    </message>
    <message>
        <source>How often a kind of request may come: NAME=COUNT/UNIT[:BURST] (UNIT s, min or h) or NAME=off; repeat for several. Defaults: %1.</source>
        <translation>Con qué frecuencia puede llegar cada tipo de solicitud: NOMBRE=CANTIDAD/UNIDAD[:RÁFAGA] (UNIDAD s, min o h) o NOMBRE=off; repítelo para varios. Valores por defecto: %1.</translation>
    </message>
    <message>
        <source>Password checks and hashes waiting at once; beyond them log-ins and sign-ups are told to try again (default %1).</source>
        <translation>Verificaciones y hashes de contraseñas en espera a la vez; por encima, a los inicios de sesión y registros se les pide reintentar (por defecto %1).</translation>
    </message>
    <message>
        <source>Days the request log keeps a row (default 400; 0 keeps them forever).</source>
        <translation>Días que el registro de solicitudes conserva cada fila (por defecto 400; 0 las conserva para siempre).</translation>
    </message>
    <message>
        <source>Seconds in which the same log line or request-log row is written five times at most; the rest are counted in one "… N more like this" (default 60; 0 writes every one).</source>
        <translation>Segundos en los que la misma línea del log o fila del registro de solicitudes se escribe cinco veces como máximo; el resto se cuenta en un «… N más como esta» (por defecto 60; 0 las escribe todas).</translation>
    </message>
    <message>
        <source>Invalid --rate-limit: %1</source>
        <translation>--rate-limit no válido: %1</translation>
    </message>
    <message>
        <source>Invalid --collapse-repeats: %1 (use seconds from 0 to 86400)</source>
        <translation>--collapse-repeats no válido: %1 (usa segundos de 0 a 86400)</translation>
    </message>
    <message>
        <source>Invalid --hash-queue: %1 (use 1 to 100000)</source>
        <translation>--hash-queue no válido: %1 (usa de 1 a 100000)</translation>
    </message>
    <message>
        <source>Invalid --request-log-retention: %1 (use days from 0 to 36600)</source>
        <translation>--request-log-retention no válido: %1 (usa días de 0 a 36600)</translation>
    </message>
    <message>
        <source>KiB that may wait to be sent to one app before it counts as not reading and is disconnected (default 4096).</source>
        <translation>KiB que pueden esperar para enviarse a una app antes de considerar que no lee y desconectarla (por defecto 4096).</translation>
    </message>
    <message>
        <source>Invalid --max-pending-write: %1 (use KiB from 128 to 1048576)</source>
        <translation>--max-pending-write no válido: %1 (usa KiB de 128 a 1048576)</translation>
    </message>
</context>
<context>
    <name>ServerLog</name>
    <message>
        <source>… %1 more like this: %2</source>
        <translation>… %1 más como esta: %2</translation>
    </message>
</context>
<context>
    <name>ServerTls</name>
    <message>
        <source>Give both --tls-cert and --tls-key, or neither.</source>
        <translation>Indica --tls-cert y --tls-key juntos, o ninguno de los dos.</translation>
    </message>
    <message>
        <source>Cannot create the server's certificate: %1</source>
        <translation>No se pudo crear el certificado del servidor: %1</translation>
    </message>
    <message>
        <source>Cannot read the certificate %1: %2</source>
        <translation>No se pudo leer el certificado %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the private key %1: %2</source>
        <translation>No se pudo leer la clave privada %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 no contiene ningún certificado PEM.</translation>
    </message>
    <message>
        <source>%1 holds no PEM private key (EC or RSA, unencrypted).</source>
        <translation>%1 no contiene ninguna clave privada PEM (EC o RSA, sin cifrar).</translation>
    </message>
    <message>
        <source>The private key %1 does not belong to the certificate %2.</source>
        <translation>La clave privada %1 no corresponde al certificado %2.</translation>
    </message>
</context>
<context>
    <name>Turno::AccountDialog</name>
    <message>
        <source>Change your password</source>
        <translation>Cambia tu clave</translation>
    </message>
    <message>
        <source>Change your name</source>
        <translation>Cambia tu nombre</translation>
    </message>
    <message>
        <source>Enter your current password, then the new one twice. It needs at least %1 characters.</source>
        <translation>Ingresa tu clave actual y luego la nueva dos veces. Necesita al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>This is the name we greet you with and that our executives see.</source>
        <translation>Es el nombre con el que te saludamos y que ven nuestros ejecutivos.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>Clave &amp;actual:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Clave &amp;nueva:</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>R&amp;epetir clave:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nombre &amp;completo:</translation>
    </message>
    <message>
        <source>We are changing your password…</source>
        <translation>Estamos cambiando tu clave…</translation>
    </message>
    <message>
        <source>We are changing your name…</source>
        <translation>Estamos cambiando tu nombre…</translation>
    </message>
</context>
<context>
    <name>Turno::Admin::AccountCommands</name>
    <message>
        <source>Usage: turno-server --database FILE add-customer RUT "FULL NAME" [--wifi-ssid NAME] [--plan PLAN]</source>
        <translation>Uso: turno-server --database ARCHIVO add-customer RUT "NOMBRE COMPLETO" [--wifi-ssid NOMBRE] [--plan PLAN]</translation>
    </message>
    <message>
        <source>Usage: turno-server --database FILE add-executive USERNAME "FULL NAME" [--role executive|supervisor] [--services internet,wifi]</source>
        <translation>Uso: turno-server --database ARCHIVO add-executive USUARIO "NOMBRE COMPLETO" [--role executive|supervisor] [--services internet,wifi]</translation>
    </message>
    <message>
        <source>Usage: turno-server --database FILE list-accounts</source>
        <translation>Uso: turno-server --database ARCHIVO list-accounts</translation>
    </message>
    <message>
        <source>Usage: turno-server --database FILE add-customers --count N --prefix NAME [--seed S] [--password-cost low|default]</source>
        <translation>Uso: turno-server --database ARCHIVO add-customers --count N --prefix NOMBRE [--seed S] [--password-cost low|default]</translation>
    </message>
    <message>
        <source>The full name must have 1 to %1 characters.</source>
        <translation>El nombre completo debe tener de 1 a %1 caracteres.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Clave de %1: </translation>
    </message>
    <message>
        <source>No password was given on standard input.</source>
        <translation>No se entregó una clave por la entrada estándar.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>La clave debe tener al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The password must have at most %1 characters.</source>
        <translation>La clave debe tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>Repita la clave: </translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Las claves no coinciden.</translation>
    </message>
    <message>
        <source>The password could not be hashed (not enough memory?).</source>
        <translation>No se pudo calcular el hash de la clave (¿falta memoria?).</translation>
    </message>
    <message>
        <source>Invalid RUT: %1. Write it as 12.345.678-5, 12345678-5 or 123456785.</source>
        <translation>RUT no válido: %1. Escríbalo como 12.345.678-5, 12345678-5 o 123456785.</translation>
    </message>
    <message>
        <source>A customer with RUT %1 already exists.</source>
        <translation>Ya existe un cliente con RUT %1.</translation>
    </message>
    <message>
        <source>The account could not be saved: %1</source>
        <translation>No se pudo guardar la cuenta: %1</translation>
    </message>
    <message>
        <source>Added customer %1 (%2).</source>
        <translation>Cliente %1 (%2) agregado.</translation>
    </message>
    <message>
        <source>Unknown role: %1. Use executive or supervisor.</source>
        <translation>Rol desconocido: %1. Use executive o supervisor.</translation>
    </message>
    <message>
        <source>Unknown service: %1. Known services: %2.</source>
        <translation>Servicio desconocido: %1. Servicios conocidos: %2.</translation>
    </message>
    <message>
        <source>An executive with username %1 already exists.</source>
        <translation>Ya existe un ejecutivo con el usuario %1.</translation>
    </message>
    <message>
        <source>Added executive %1 (%2), role %3, services: %4.</source>
        <translation>Ejecutivo %1 (%2) agregado, rol %3, servicios: %4.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>The accounts could not be read: %1</source>
        <translation>No se pudieron leer las cuentas: %1</translation>
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
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Wi-Fi network</source>
        <translation>Red Wi-Fi</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message numerus="yes">
        <source>Executives (%n):</source>
        <translation><numerusform>Ejecutivos (%n):</numerusform><numerusform>Ejecutivos (%n):</numerusform></translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>--count must be a number from 1 to %1.</source>
        <translation>--count debe ser un número de 1 a %1.</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 up.</source>
        <translation>--seed debe ser un número entero desde 0.</translation>
    </message>
    <message>
        <source>--prefix must have 1 to %1 characters.</source>
        <translation>--prefix debe tener de 1 a %1 caracteres.</translation>
    </message>
    <message>
        <source>Unknown password cost: %1. Use low or default.</source>
        <translation>Costo de clave desconocido: %1. Use low o default.</translation>
    </message>
    <message>
        <source>Some of these RUTs are already in the database, so nothing was added. Use another --seed.</source>
        <translation>Algunos de estos RUT ya están en la base de datos, así que no se agregó nada. Use otro --seed.</translation>
    </message>
    <message>
        <source>The accounts could not be saved: %1</source>
        <translation>No se pudieron guardar las cuentas: %1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n customers in %1 s.</source>
        <translation><numerusform>Se agregó %n cliente en %1 s.</numerusform><numerusform>Se agregaron %n clientes en %1 s.</numerusform></translation>
    </message>
    <message>
        <source>Their passwords come from seed %1, as described under "Bulk accounts" in docs/storage.md.</source>
        <translation>Sus claves se derivan de la semilla %1, como se describe en "Bulk accounts" de docs/storage.md.</translation>
    </message>
    <message>
        <source>First: RUT %1, password %2. Last: RUT %3, password %4.</source>
        <translation>Primero: RUT %1, clave %2. Último: RUT %3, clave %4.</translation>
    </message>
    <message>
        <source>These accounts use the low password cost: use them for load tests only.</source>
        <translation>Estas cuentas usan el costo de clave bajo: úselas solo para pruebas de carga.</translation>
    </message>
    <message>
        <source>Usage: turno-server --database FILE add-executives --count M --prefix NAME [--seed S] [--password-cost low|default] [--supervisors K]</source>
        <translation>Uso: turno-server --database ARCHIVO add-executives --count M --prefix NOMBRE [--seed S] [--password-cost low|default] [--supervisors K]</translation>
    </message>
    <message>
        <source>--supervisors must be a number from 0 to --count.</source>
        <translation>--supervisors debe ser un número de 0 a --count.</translation>
    </message>
    <message>
        <source>An executive with username %1 already exists, so nothing was added. Use another --prefix.</source>
        <translation>Ya existe un ejecutivo con el usuario %1, así que no se agregó nada. Use otro --prefix.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n executives in %1 s.</source>
        <translation><numerusform>Se agregó %n ejecutivo en %1 s.</numerusform><numerusform>Se agregaron %n ejecutivos en %1 s.</numerusform></translation>
    </message>
    <message>
        <source>First: %1, password %2 (%3). Last: %4, password %5.</source>
        <translation>Primero: %1, contraseña %2 (%3). Último: %4, contraseña %5.</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>executive</source>
        <translation>ejecutivo</translation>
    </message>
    <message>
        <source>The full name is too long: at most %1 bytes in UTF-8, and characters of some scripts take 3 or 4 bytes each.</source>
        <translation>El nombre completo es demasiado largo: como máximo %1 bytes en UTF-8, y los caracteres de algunas escrituras ocupan 3 o 4 bytes cada uno.</translation>
    </message>
    <message>
        <source>The full name must not contain control or formatting characters.</source>
        <translation>El nombre completo no debe contener caracteres de control ni de formato.</translation>
    </message>
    <message>
        <source>Invalid username: %1. Use %2 to %3 letters, digits, dots, dashes or underscores.</source>
        <translation>Nombre de usuario no válido: %1. Use de %2 a %3 letras, dígitos, puntos, guiones o guiones bajos.</translation>
    </message>
    <message>
        <source>--prefix must have 1 to %1 lowercase letters, digits, dots, dashes or underscores.</source>
        <translation>--prefix debe tener de 1 a %1 letras minúsculas, dígitos, puntos, guiones o guiones bajos.</translation>
    </message>
</context>
<context>
    <name>Turno::AppCommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Muestra esta ayuda y termina.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Muestra la versión y termina.</translation>
    </message>
    <message>
        <source>The support server as host:port (default: 127.0.0.1:5680).</source>
        <translation>El servidor de atención como host:puerto (por omisión: 127.0.0.1:5680).</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>host:puerto</translation>
    </message>
    <message>
        <source>The language to use: es, pt_BR, fr or en (default: the system's).</source>
        <translation>El idioma a usar: es, pt_BR, fr o en (por omisión: el del sistema).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>%1: %2
Run "%1 --help" to see the options.</source>
        <translation>%1: %2
Ejecuta "%1 --help" para ver las opciones.</translation>
    </message>
    <message>
        <source>%1: unexpected argument "%2".
Run "%1 --help" to see the options.</source>
        <translation>%1: argumento inesperado "%2".
Ejecuta "%1 --help" para ver las opciones.</translation>
    </message>
    <message>
        <source>%1: invalid --server "%2". %3</source>
        <translation>%1: --server "%2" no es válido. %3</translation>
    </message>
    <message>
        <source>%1: unknown language "%2". Choose es, pt_BR, fr or en.</source>
        <translation>%1: idioma desconocido "%2". Elige es, pt_BR, fr o en.</translation>
    </message>
    <message>
        <source>%1: no display was found, so no window can open. Use --cli to work in this terminal.</source>
        <translation>%1: no se encontró una pantalla, así que no se puede abrir una ventana. Usa --cli para trabajar en esta terminal.</translation>
    </message>
    <message>
        <source>Connect without encryption, to a server started with --plaintext on this machine (debugging only).</source>
        <translation>Conectarse sin cifrado a un servidor iniciado con --plaintext en este equipo (solo para depurar).</translation>
    </message>
    <message>
        <source>Trust the server whose key has this SHA-256 fingerprint (as "turno-server fingerprint" prints it) without asking, and remember it.</source>
        <translation>Confiar sin preguntar en el servidor cuya clave tiene esta huella SHA-256 (como la muestra "turno-server fingerprint"), y recordarla.</translation>
    </message>
    <message>
        <source>hex</source>
        <translation>hex</translation>
    </message>
    <message>
        <source>%1: invalid --trust-fingerprint "%2": give the 64 hexadecimal digits that "turno-server fingerprint" prints (colons are optional).</source>
        <translation>%1: --trust-fingerprint "%2" no es válido: indica los 64 dígitos hexadecimales que muestra "turno-server fingerprint" (los dos puntos son opcionales).</translation>
    </message>
    <message>
        <source>%1: --plaintext and --trust-fingerprint exclude each other.</source>
        <translation>%1: --plaintext y --trust-fingerprint se excluyen entre sí.</translation>
    </message>
</context>
<context>
    <name>Turno::ChatPage</name>
    <message>
        <source>&amp;End conversation</source>
        <translation>&amp;Terminar conversación</translation>
    </message>
    <message>
        <source>Press %1 to end the conversation.</source>
        <translation>Presiona %1 para terminar la conversación.</translation>
    </message>
    <message>
        <source>Write your message and press Enter</source>
        <translation>Escribe tu mensaje y presiona Enter</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>En&amp;viar</translation>
    </message>
    <message>
        <source>You are talking with %1.</source>
        <translation>Estás conversando con %1.</translation>
    </message>
    <message>
        <source>Conversation time: %1</source>
        <comment>minutes:seconds</comment>
        <translation>Tiempo de conversación: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>sender's name · time of the message</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>You · %1</source>
        <comment>time of the message</comment>
        <translation>Tú · %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Delivered %1 ✓</source>
        <comment>time the message was stored</comment>
        <translation>Entregado %1 ✓</translation>
    </message>
    <message>
        <source>&amp;Leave the queue</source>
        <translation>&amp;Salir de la fila</translation>
    </message>
    <message>
        <source>Press %1 to leave the queue.</source>
        <translation>Presiona %1 para salir de la fila.</translation>
    </message>
    <message>
        <source>You can write again as soon as %1 takes your conversation.</source>
        <translation>Podrás volver a escribir en cuanto %1 tome tu conversación.</translation>
    </message>
    <message>
        <source>Transferring you to %1…</source>
        <translation>Transfiriéndote a %1…</translation>
    </message>
    <message>
        <source>You are now talking with %1.</source>
        <translation>Ahora estás conversando con %1.</translation>
    </message>
    <message>
        <source>On hold: %1 will be back with you here. You can still write.</source>
        <translation>En espera: %1 volverá contigo aquí. Puedes seguir escribiendo.</translation>
    </message>
    <message>
        <source>Also in this conversation: %1</source>
        <translation>También en esta conversación: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>place in line, then the estimated wait</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Finding your place in line…</source>
        <translation>Buscando tu lugar en la fila…</translation>
    </message>
</context>
<context>
    <name>Turno::ClientCommandLine</name>
    <message>
        <source>Turno customer support: restart your internet service and get help from an executive.</source>
        <translation>Atención al cliente Turno: reinicia tu servicio de internet y recibe ayuda de un ejecutivo.</translation>
    </message>
    <message>
        <source>Talk to the assistant in this terminal, without a window.</source>
        <translation>Conversa con el asistente en esta terminal, sin ventana.</translation>
    </message>
</context>
<context>
    <name>Turno::ClientLoginPage</name>
    <message>
        <source>Customer support</source>
        <translation>Atención al cliente</translation>
    </message>
    <message>
        <source>Hi! Welcome. Enter your RUT and password to continue.</source>
        <translation>¡Hola! Bienvenido. Ingresa tu RUT y tu clave para continuar.</translation>
    </message>
    <message>
        <source>&amp;RUT:</source>
        <translation>&amp;RUT:</translation>
    </message>
    <message>
        <source>Invalid RUT. Enter it as 12.345.678-5.</source>
        <translation>RUT inválido. Ingrésalo como 12.345.678-5.</translation>
    </message>
    <message>
        <source>Valid RUT</source>
        <translation>RUT válido</translation>
    </message>
    <message>
        <source>New customer? &amp;Create an account</source>
        <translation>¿Cliente nuevo? &amp;Crea una cuenta</translation>
    </message>
</context>
<context>
    <name>Turno::ClientMenuPage</name>
    <message>
        <source>&amp;Restart internet service</source>
        <translation>&amp;Reiniciar servicio de internet</translation>
    </message>
    <message>
        <source>Change &amp;Wi-Fi password</source>
        <translation>Cambiar clave &amp;Wi-Fi</translation>
    </message>
    <message>
        <source>&amp;Contact an executive</source>
        <translation>&amp;Contactar a un ejecutivo</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Press %1 or %2</source>
        <translation>Presiona %1 o %2</translation>
    </message>
    <message>
        <source>Hi %1, how can we help you?</source>
        <translation>Hola %1, ¿en qué te podemos ayudar?</translation>
    </message>
    <message>
        <source>We are restarting your service…</source>
        <translation>Estamos reiniciando tu servicio…</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Cambiar &amp;clave…</translation>
    </message>
    <message>
        <source>Change your &amp;name…</source>
        <translation>Cambiar tu &amp;nombre…</translation>
    </message>
</context>
<context>
    <name>Turno::ClientSession</name>
    <message>
        <source>Enter the server as host:port, for example 127.0.0.1:5680.</source>
        <translation>Ingresa el servidor como host:puerto, por ejemplo 127.0.0.1:5680.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>El puerto debe ser un número del 1 al 65535.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time.</source>
        <translation>El servidor en %1 no respondió a tiempo.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: %2</source>
        <translation>No se puede conectar con el servidor en %1: %2</translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>Se perdió la conexión con el servidor.</translation>
    </message>
    <message>
        <source>The server sent data this app cannot read (%1).</source>
        <translation>El servidor envió datos que esta aplicación no puede leer (%1).</translation>
    </message>
    <message>
        <source>The server repeated its greeting.</source>
        <translation>El servidor repitió su saludo.</translation>
    </message>
    <message>
        <source>The server speaks protocol version %1, but this app speaks version %2. Please update the older one.</source>
        <translation>El servidor usa la versión %1 del protocolo, pero esta aplicación usa la versión %2. Actualiza la más antigua.</translation>
    </message>
    <message>
        <source>The server cannot log you in right now. Please try again later.</source>
        <translation>El servidor no puede iniciar tu sesión en este momento. Inténtalo más tarde.</translation>
    </message>
    <message>
        <source>The server refused that request: you are not allowed to do it.</source>
        <translation>El servidor rechazó esa solicitud: no tienes permiso para hacerlo.</translation>
    </message>
    <message>
        <source>The server refused that request: it is not possible right now.</source>
        <translation>El servidor rechazó esa solicitud: no es posible en este momento.</translation>
    </message>
    <message>
        <source>The server refused that request as invalid.</source>
        <translation>El servidor rechazó esa solicitud por no ser válida.</translation>
    </message>
    <message>
        <source>The server could not carry out that request.</source>
        <translation>El servidor no pudo realizar esa solicitud.</translation>
    </message>
    <message>
        <source>The server sent a message this app does not expect.</source>
        <translation>El servidor envió un mensaje que esta aplicación no espera.</translation>
    </message>
    <message>
        <source>The connection to the server was lost and could not be restored.</source>
        <translation>Se perdió la conexión con el servidor y no se pudo recuperar.</translation>
    </message>
    <message>
        <source>You were away too long, so your place was released. Please log in again.</source>
        <translation>Estuviste desconectado demasiado tiempo y se liberó tu lugar. Por favor vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>You already have as many sessions as you may have at once. End one first.</source>
        <translation>Ya tienes tantas sesiones como puedes tener a la vez. Termina una primero.</translation>
    </message>
    <message>
        <source>--plaintext reaches only this machine (127.0.0.1, ::1 or localhost), and %1 is not on it. Nothing was sent.</source>
        <translation>--plaintext solo llega a este equipo (127.0.0.1, ::1 o localhost), y %1 no está en él. No se envió nada.</translation>
    </message>
    <message>
        <source>The server at %1 presented no usable certificate. Nothing was sent.</source>
        <translation>El servidor en %1 no presentó un certificado utilizable. No se envió nada.</translation>
    </message>
    <message>
        <source>The key of %1 has changed and was not accepted. Nothing was sent.</source>
        <translation>La clave de %1 cambió y no fue aceptada. No se envió nada.</translation>
    </message>
    <message>
        <source>You did not trust the server at %1. Nothing was sent.</source>
        <translation>No confiaste en el servidor en %1. No se envió nada.</translation>
    </message>
    <message>
        <source>Your password was changed, so this connection was closed. Log in again with the new password.</source>
        <translation>Tu clave cambió, así que esta conexión se cerró. Inicia sesión de nuevo con la clave nueva.</translation>
    </message>
    <message>
        <source>You logged in from another place, so this window was signed out. Your session continues there.</source>
        <translation>Iniciaste sesión desde otro lugar, así que esta ventana se desconectó. Tu sesión continúa allá.</translation>
    </message>
    <message>
        <source>Too many log-in attempts. Try again in 1 minute.</source>
        <translation>Demasiados intentos de inicio de sesión. Vuelve a intentarlo en 1 minuto.</translation>
    </message>
    <message numerus="yes">
        <source>Too many log-in attempts. Try again in %n minutes.</source>
        <translation><numerusform>Demasiados intentos de inicio de sesión. Vuelve a intentarlo en %n minuto.</numerusform><numerusform>Demasiados intentos de inicio de sesión. Vuelve a intentarlo en %n minutos.</numerusform></translation>
    </message>
    <message>
        <source>The server is busy. Please try again in a moment.</source>
        <translation>El servidor está ocupado. Vuelve a intentarlo en un momento.</translation>
    </message>
    <message numerus="yes">
        <source>You are doing that too often. Please wait %n seconds and try again.</source>
        <translation><numerusform>Estás haciendo eso con demasiada frecuencia. Espera %n segundo y vuelve a intentarlo.</numerusform><numerusform>Estás haciendo eso con demasiada frecuencia. Espera %n segundos y vuelve a intentarlo.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>You are sending messages faster than the server accepts. They will be sent in %n seconds.</source>
        <translation><numerusform>Estás enviando mensajes más rápido de lo que el servidor acepta. Se enviarán en %n segundo.</numerusform><numerusform>Estás enviando mensajes más rápido de lo que el servidor acepta. Se enviarán en %n segundos.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The message is %n characters too long; shorten it and send it again.</source>
        <translation><numerusform>Al mensaje le sobra %n carácter; acórtalo y envíalo de nuevo.</numerusform><numerusform>Al mensaje le sobran %n caracteres; acórtalo y envíalo de nuevo.</numerusform></translation>
    </message>
</context>
<context>
    <name>Turno::ClientSignUpPage</name>
    <message>
        <source>Create your account</source>
        <translation>Crea tu cuenta</translation>
    </message>
    <message>
        <source>Enter your RUT and your full name, and choose a password of at least %1 characters.</source>
        <translation>Ingresa tu RUT y tu nombre completo, y elige una clave de al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>&amp;RUT:</source>
        <translation>&amp;RUT:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Nombre completo:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Clave:</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>R&amp;epetir clave:</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>Crear c&amp;uenta</translation>
    </message>
    <message>
        <source>&amp;Back to log in</source>
        <translation>&amp;Volver al inicio de sesión</translation>
    </message>
    <message>
        <source>Invalid RUT. Enter it as 12.345.678-5.</source>
        <translation>RUT inválido. Ingrésalo como 12.345.678-5.</translation>
    </message>
</context>
<context>
    <name>Turno::ClientTerminal</name>
    <message>
        <source>We are restarting your service…</source>
        <translation>Estamos reiniciando tu servicio…</translation>
    </message>
    <message>
        <source>Hi! Welcome, enter your RUT and password</source>
        <translation>¡Hola! Bienvenido, ingresa tu RUT y tu clave</translation>
    </message>
    <message>
        <source>(1) Restart internet service</source>
        <translation>(1) Reiniciar servicio de internet</translation>
    </message>
    <message>
        <source>(2) Change Wi-Fi password</source>
        <translation>(2) Cambiar clave Wi-Fi</translation>
    </message>
    <message>
        <source>(3) Contact an executive</source>
        <translation>(3) Contactar a un ejecutivo</translation>
    </message>
    <message>
        <source>(4) Exit</source>
        <translation>(4) Salir</translation>
    </message>
    <message>
        <source>user:</source>
        <comment>terminal prompt for the RUT</comment>
        <translation>user:</translation>
    </message>
    <message>
        <source>password:</source>
        <comment>terminal prompt</comment>
        <translation>password:</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>terminal prompt with the customer's first name</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Your previous request is still under way. Please wait for it to finish.</source>
        <translation>Tu solicitud anterior sigue en curso. Espera a que termine, por favor.</translation>
    </message>
    <message>
        <source>Thank you for contacting us. Goodbye!</source>
        <translation>Gracias por contactarnos. ¡Hasta luego!</translation>
    </message>
    <message>
        <source>Hi %1, how can we help you?</source>
        <translation>Hola %1, ¿en qué te podemos ayudar?</translation>
    </message>
    <message>
        <source>Is there anything else we can help you with?</source>
        <translation>¿Te podemos ayudar en algo más?</translation>
    </message>
    <message>
        <source>Invalid RUT. Enter it as 12.345.678-5, 12345678-5 or 123456785.</source>
        <translation>RUT inválido. Ingrésalo como 12.345.678-5, 12345678-5 o 123456785.</translation>
    </message>
    <message>
        <source>We are updating your password</source>
        <translation>Estamos actualizando tu clave</translation>
    </message>
    <message>
        <source>New customer? Type "new" to create your account.</source>
        <translation>¿Cliente nuevo? Escribe "nuevo" para crear tu cuenta.</translation>
    </message>
    <message>
        <source>(5) Change my account password</source>
        <translation>(5) Cambiar la clave de mi cuenta</translation>
    </message>
    <message>
        <source>(6) Change my name</source>
        <translation>(6) Cambiar mi nombre</translation>
    </message>
    <message>
        <source>Password:</source>
        <comment>terminal prompt for a new password</comment>
        <translation>Clave:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <comment>terminal prompt</comment>
        <translation>Repetir Clave:</translation>
    </message>
    <message>
        <source>RUT:</source>
        <comment>terminal prompt</comment>
        <translation>RUT:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <comment>terminal prompt</comment>
        <translation>Nombre completo:</translation>
    </message>
    <message>
        <source>Current password:</source>
        <comment>terminal prompt</comment>
        <translation>Clave actual:</translation>
    </message>
    <message>
        <source>New password:</source>
        <comment>terminal prompt</comment>
        <translation>Clave nueva:</translation>
    </message>
    <message>
        <source>New name:</source>
        <comment>terminal prompt</comment>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <source>new</source>
        <comment>typed at the user: prompt to sign up</comment>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>Let's create your account. Enter your RUT, your full name and a password of at least %1 characters.</source>
        <translation>Creemos tu cuenta. Ingresa tu RUT, tu nombre completo y una clave de al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>Your Wi-Fi password was not changed.</source>
        <translation>Tu clave Wi-Fi no fue cambiada.</translation>
    </message>
    <message>
        <source>Your account password was not changed.</source>
        <translation>La clave de tu cuenta no fue cambiada.</translation>
    </message>
    <message>
        <source>Your name was not changed.</source>
        <translation>Tu nombre no fue cambiado.</translation>
    </message>
    <message>
        <source>Enter your new Wi-Fi password:</source>
        <translation>Ingresa tu nueva clave Wi-Fi:</translation>
    </message>
    <message>
        <source>Enter your current password, then your new one twice.</source>
        <translation>Ingresa tu clave actual y luego la nueva dos veces.</translation>
    </message>
    <message>
        <source>What name should we call you by?</source>
        <translation>¿Con qué nombre quieres que te llamemos?</translation>
    </message>
    <message>
        <source>"%1" is not an option. Please answer with a number from 1 to %2.</source>
        <translation>"%1" no es una opción. Responde con un número del 1 al %2, por favor.</translation>
    </message>
    <message>
        <source>Your account has been created.</source>
        <translation>Tu cuenta ha sido creada.</translation>
    </message>
    <message>
        <source>Please enter your new Wi-Fi password again.</source>
        <translation>Ingresa tu nueva clave Wi-Fi otra vez, por favor.</translation>
    </message>
    <message>
        <source>Connection lost. Reconnecting in %1 s…</source>
        <translation>Se perdió la conexión. Reconectando en %1 s…</translation>
    </message>
    <message>
        <source>Connection restored.</source>
        <translation>Conexión restablecida.</translation>
    </message>
    <message>
        <source>What would you like to talk about?</source>
        <translation>¿Sobre qué quieres hablar?</translation>
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
        <translation>Responde 1 para Internet o 2 para Wi-Fi, por favor.</translation>
    </message>
    <message>
        <source>Accept? [y/n]</source>
        <comment>terminal prompt: the answer to an executive's invitation</comment>
        <translation>¿Aceptas? [s/n]</translation>
    </message>
    <message>
        <source>The invitation expires in 1 second.</source>
        <translation>La invitación expira en 1 segundo.</translation>
    </message>
    <message numerus="yes">
        <source>The invitation expires in %n seconds.</source>
        <translation><numerusform>La invitación expira en %n segundo.</numerusform><numerusform>La invitación expira en %n segundos.</numerusform></translation>
    </message>
    <message>
        <source>y</source>
        <comment>short yes to an invitation</comment>
        <translation>s</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>yes to an invitation</comment>
        <translation>sí</translation>
    </message>
    <message>
        <source>n</source>
        <comment>short no to an invitation</comment>
        <translation>n</translation>
    </message>
    <message>
        <source>no</source>
        <comment>no to an invitation</comment>
        <translation>no</translation>
    </message>
    <message>
        <source>The invitation is no longer open.</source>
        <translation>La invitación ya no está vigente.</translation>
    </message>
    <message>
        <source>Please answer y to accept or n to decline.</source>
        <translation>Responde s para aceptar o n para rechazar.</translation>
    </message>
    <message>
        <source>The invitation could not be answered. Please try again.</source>
        <translation>No se pudo responder la invitación. Por favor intenta de nuevo.</translation>
    </message>
    <message>
        <source>Connecting you with %1…</source>
        <translation>Conectándote con %1…</translation>
    </message>
</context>
<context>
    <name>Turno::ClientWindow</name>
    <message>
        <source>Turno customer support</source>
        <translation>Atención al cliente Turno</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Checking your RUT and password…</source>
        <translation>Verificando tu RUT y tu clave…</translation>
    </message>
    <message>
        <source>We are updating your password…</source>
        <translation>Estamos actualizando tu clave…</translation>
    </message>
    <message>
        <source>We are updating your account…</source>
        <translation>Estamos actualizando tu cuenta…</translation>
    </message>
    <message>
        <source>Creating your account…</source>
        <translation>Creando tu cuenta…</translation>
    </message>
    <message>
        <source>Your previous request is still under way. Please wait for it to finish.</source>
        <translation>Tu solicitud anterior sigue en curso. Espera a que termine, por favor.</translation>
    </message>
    <message>
        <source>Connection lost. Reconnecting in %1 s…</source>
        <translation>Se perdió la conexión. Reconectando en %1 s…</translation>
    </message>
    <message>
        <source>Connection lost. Reconnecting…</source>
        <translation>Se perdió la conexión. Reconectando…</translation>
    </message>
    <message>
        <source>%1 is restarting your Wi-Fi and asks you for a new Wi-Fi password.</source>
        <translation>%1 está reiniciando tu Wi-Fi y te pide una nueva clave Wi-Fi.</translation>
    </message>
</context>
<context>
    <name>Turno::ColleagueDialog</name>
    <message>
        <source>Transfer %1</source>
        <translation>Transferir a %1</translation>
    </message>
    <message>
        <source>Invite a colleague</source>
        <translation>Invitar a un colega</translation>
    </message>
    <message>
        <source>Whom do you transfer %1 to? They get the customer first in their line.</source>
        <translation>¿A quién transfieres a %1? Recibirá al cliente primero en su fila.</translation>
    </message>
    <message>
        <source>Whom do you invite into the conversation with %1?</source>
        <translation>¿A quién invitas a la conversación con %1?</translation>
    </message>
    <message>
        <source>Colleagues online</source>
        <translation>Colegas conectados</translation>
    </message>
    <message>
        <source>No other executive is online right now.</source>
        <translation>No hay otro ejecutivo conectado en este momento.</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;Transferir</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;Invitar</translation>
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
        <translation>Nadie te ha invitado a una sesión en este momento.</translation>
    </message>
    <message>
        <source>Nobody is waiting in your lines.</source>
        <translation>Nadie espera en tus filas.</translation>
    </message>
    <message>
        <source>More than one waiting customer matches “%1”; use their number from :queue.</source>
        <translation>Más de un cliente en espera coincide con «%1»; usa su número de :queue.</translation>
    </message>
    <message>
        <source>Nobody waiting matches “%1”. Type :queue to see who is waiting.</source>
        <translation>Nadie en espera coincide con «%1». Escribe :queue para ver quién espera.</translation>
    </message>
    <message>
        <source>You have only one session, with %1.</source>
        <translation>Tienes una sola sesión, con %1.</translation>
    </message>
    <message>
        <source>More than one session matches “%1”; use its number from :sessions.</source>
        <translation>Más de una sesión coincide con «%1»; usa su número de :sessions.</translation>
    </message>
    <message>
        <source>You have no session with “%1”. Type :sessions to see them.</source>
        <translation>No tienes una sesión con «%1». Escribe :sessions para verlas.</translation>
    </message>
    <message>
        <source>You are already with %1.</source>
        <translation>Ya estás con %1.</translation>
    </message>
    <message>
        <source>Only the executive whose session it is can put it on hold; you are a guest in it.</source>
        <translation>Solo el ejecutivo dueño de la sesión puede dejarla en espera; tú eres un invitado en ella.</translation>
    </message>
    <message>
        <source>%1 is already on hold. Type :switch to go back to them.</source>
        <translation>%1 ya está en espera. Escribe :switch para volver con esa persona.</translation>
    </message>
    <message>
        <source>Only the executive whose session it is can transfer it; you are a guest in it.</source>
        <translation>Solo el ejecutivo dueño de la sesión puede transferirla; tú eres un invitado en ella.</translation>
    </message>
    <message>
        <source>Only the executive whose session it is can invite colleagues; you are a guest in it.</source>
        <translation>Solo el ejecutivo dueño de la sesión puede invitar colegas; tú eres un invitado en ella.</translation>
    </message>
    <message>
        <source>No other executive is online right now.</source>
        <translation>No hay otro ejecutivo conectado en este momento.</translation>
    </message>
    <message>
        <source>More than one colleague matches “%1”; use their number from :colleagues.</source>
        <translation>Más de un colega coincide con «%1»; usa su número de :colleagues.</translation>
    </message>
    <message>
        <source>No colleague online matches “%1”. Type :colleagues to see who is online.</source>
        <translation>Ningún colega conectado coincide con «%1». Escribe :colleagues para ver quién está conectado.</translation>
    </message>
    <message>
        <source>You invited %1 into the session with %2; waiting for their answer.</source>
        <translation>Invitaste a %1 a la sesión con %2; esperando su respuesta.</translation>
    </message>
    <message>
        <source>Say whom to invite: :contact invite &lt;name&gt; [internet|wifi]</source>
        <translation>Indica a quién invitar: :contact invite &lt;nombre&gt; [internet|wifi]</translation>
    </message>
    <message>
        <source>More than one contact matches “%1”; use their number from :contacts.</source>
        <translation>Más de un contacto coincide con «%1»; usa su número de :contacts.</translation>
    </message>
    <message>
        <source>None of your contacts matches “%1”. Type :contacts to see them.</source>
        <translation>Ninguno de tus contactos coincide con «%1». Escribe :contacts para verlos.</translation>
    </message>
    <message>
        <source>%1 is not connected right now.</source>
        <translation>%1 no está conectado ahora.</translation>
    </message>
    <message>
        <source>%1 is busy right now (waiting or in a session); try again later.</source>
        <translation>%1 está ocupado ahora (en espera o en una sesión); intenta más tarde.</translation>
    </message>
    <message>
        <source>You invited %1 to a session about %2; waiting for their answer.</source>
        <translation>Invitaste a %1 a una sesión sobre %2; esperando su respuesta.</translation>
    </message>
    <message>
        <source>%1 is no longer in your contacts.</source>
        <translation>%1 ya no está en tus contactos.</translation>
    </message>
    <message>
        <source>Waiting in your lines, oldest first:</source>
        <translation>En espera en tus filas, del más antiguo al más reciente:</translation>
    </message>
    <message>
        <source>  %1. %2 (%3), waiting %4 — %5</source>
        <comment>number, customer, service, time waited (m:ss), last self-service action</comment>
        <translation>  %1. %2 (%3), esperando %4 — %5</translation>
    </message>
    <message>
        <source>  … and %1 more.</source>
        <translation>  … y %1 más.</translation>
    </message>
    <message>
        <source>conference</source>
        <translation>conferencia</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>in the background</source>
        <translation>en segundo plano</translation>
    </message>
    <message>
        <source>1 unread message</source>
        <translation>1 mensaje sin leer</translation>
    </message>
    <message>
        <source>%1 unread messages</source>
        <translation>%1 mensajes sin leer</translation>
    </message>
    <message>
        <source>You have no sessions.</source>
        <translation>No tienes sesiones.</translation>
    </message>
    <message>
        <source>Your sessions:</source>
        <translation>Tus sesiones:</translation>
    </message>
    <message>
        <source>in front</source>
        <translation>en primer plano</translation>
    </message>
    <message>
        <source>  %1. %2 (%3) — %4</source>
        <comment>number, customer, service, how the session is</comment>
        <translation>  %1. %2 (%3) — %4</translation>
    </message>
    <message>
        <source>%1, in 1 session</source>
        <comment>a colleague's presence and their sessions</comment>
        <translation>%1, en 1 sesión</translation>
    </message>
    <message>
        <source>%1, in %2 sessions</source>
        <comment>a colleague's presence and their sessions</comment>
        <translation>%1, en %2 sesiones</translation>
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
        <translation>libre</translation>
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
        <translation>Todavía no tienes contactos. En una sesión, :contact add agrega al cliente.</translation>
    </message>
    <message>
        <source>Your contacts:</source>
        <translation>Tus contactos:</translation>
    </message>
    <message>
        <source>  %1. %2 — %3</source>
        <comment>number, contact, free or not</comment>
        <translation>  %1. %2 — %3</translation>
    </message>
    <message>
        <source>No customers are connected.</source>
        <translation>No hay clientes conectados.</translation>
    </message>
    <message>
        <source>Customers connected, and what each one did last:</source>
        <translation>Clientes conectados y lo último que hizo cada uno:</translation>
    </message>
    <message>
        <source>  %1 (%2) — %3</source>
        <comment>customer, what they are doing, their last action</comment>
        <translation>  %1 (%2) — %3</translation>
    </message>
    <message>
        <source>History of %1:</source>
        <translation>Historial de %1:</translation>
    </message>
    <message>
        <source>  %1  %2</source>
        <comment>a history line: date and time, then what happened</comment>
        <translation>  %1  %2</translation>
    </message>
    <message>
        <source>  Nothing yet.</source>
        <translation>  Nada todavía.</translation>
    </message>
    <message>
        <source>%1 is in your contacts now.</source>
        <translation>%1 ya está en tus contactos.</translation>
    </message>
    <message>
        <source>Older history of %1:</source>
        <translation>Historial anterior de %1:</translation>
    </message>
    <message>
        <source>There are older entries: type :older to see them.</source>
        <translation>Hay entradas más antiguas: escribe :older para verlas.</translation>
    </message>
</context>
<context>
    <name>Turno::ContactsPanel</name>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Customers you add from a session (Add to contacts) appear here, so you can invite them later.</source>
        <translation>Aquí aparecen los clientes que agregas desde una sesión (Agregar a contactos), para invitarlos más tarde.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Your contacts</source>
        <translation>Tus contactos</translation>
    </message>
    <message>
        <source>What the invitation is about.</source>
        <translation>El tema de la invitación.</translation>
    </message>
    <message>
        <source>In&amp;vite</source>
        <translation>In&amp;vitar</translation>
    </message>
    <message>
        <source>Invite the selected contact to a session now (only when they are free).</source>
        <translation>Invita ahora al contacto seleccionado a una sesión (solo si está libre).</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected contact.</source>
        <translation>Quita el contacto seleccionado.</translation>
    </message>
    <message>
        <source>Contacts (%1)</source>
        <translation>Contactos (%1)</translation>
    </message>
</context>
<context>
    <name>Turno::ConversationPanel</name>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>You are not attending anyone</source>
        <translation>No estás atendiendo a nadie</translation>
    </message>
    <message>
        <source>When a customer asks for an executive, they ring here and you can accept them. Your conversation then appears here.</source>
        <translation>Cuando un cliente pida un ejecutivo, sonará aquí y podrás aceptarlo. Luego aquí aparecerá la conversación.</translation>
    </message>
    <message>
        <source>&amp;End session</source>
        <translation>&amp;Terminar sesión</translation>
    </message>
    <message>
        <source>Ends the conversation with the customer (%1).</source>
        <translation>Termina la conversación con el cliente (%1).</translation>
    </message>
    <message>
        <source>Type :help to see the commands</source>
        <translation>Escribe :help para ver los comandos</translation>
    </message>
    <message>
        <source>Type :connect to accept, :reject to decline, or :help for the commands</source>
        <translation>Escribe :connect para aceptar, :reject para rechazar o :help para ver los comandos</translation>
    </message>
    <message>
        <source>Write to %1 and press Enter; :help lists the commands</source>
        <translation>Escríbele a %1 y presiona Enter; :help lista los comandos</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Servicio: %1</translation>
    </message>
    <message>
        <source>In session for %1</source>
        <translation>En sesión: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>the customer's name and the time of their message (HH:mm)</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>You · %1</source>
        <comment>an own message and the time it was delivered (HH:mm)</comment>
        <translation>Tú · %1</translation>
    </message>
    <message>
        <source>You · sending…</source>
        <comment>an own message the server has not confirmed yet</comment>
        <translation>Tú · enviando…</translation>
    </message>
    <message>
        <source>H&amp;old</source>
        <translation>En &amp;espera</translation>
    </message>
    <message>
        <source>Puts the customer on hold, or takes them back (%1).</source>
        <translation>Deja al cliente en espera, o lo retoma (%1).</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>Trans&amp;ferir…</translation>
    </message>
    <message>
        <source>Hands the customer to a colleague, who gets them first in line (%1).</source>
        <translation>Transfiere al cliente a un colega, que lo recibe primero en su fila (%1).</translation>
    </message>
    <message>
        <source>&amp;Invite…</source>
        <translation>&amp;Invitar…</translation>
    </message>
    <message>
        <source>Invites a colleague into this conversation (%1).</source>
        <translation>Invita a un colega a esta conversación (%1).</translation>
    </message>
    <message>
        <source>Add to contact&amp;s</source>
        <translation>Agregar a contacto&amp;s</translation>
    </message>
    <message>
        <source>Keeps the customer in your contacts, to invite them later (%1).</source>
        <translation>Guarda al cliente en tus contactos, para invitarlo más tarde (%1).</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Reto&amp;mar</translation>
    </message>
    <message>
        <source>&amp;Leave session</source>
        <translation>Salir &amp;de la sesión</translation>
    </message>
    <message>
        <source>Leaves this conference; the customer stays with their executive (%1).</source>
        <translation>Sale de esta conferencia; el cliente sigue con su ejecutivo (%1).</translation>
    </message>
    <message>
        <source>In this conversation: %1</source>
        <translation>En esta conversación: %1</translation>
    </message>
    <message>
        <source>%1 is on hold: they are told you will be back, and may still write. Press Resume (%2) to go on.</source>
        <translation>%1 está en espera: se le avisa que volverás, y puede seguir escribiendo. Presiona Retomar (%2) para continuar.</translation>
    </message>
    <message>
        <source>Restart internet</source>
        <translation>Reiniciar internet</translation>
    </message>
    <message>
        <source>Restarts the customer's internet service; both of you see the result (%1).</source>
        <translation>Reinicia el servicio de internet del cliente; ambos ven el resultado (%1).</translation>
    </message>
    <message>
        <source>Restart Wi-Fi</source>
        <translation>Reiniciar Wi-Fi</translation>
    </message>
    <message>
        <source>Asks the customer for a new Wi-Fi password and restarts the Wi-Fi (%1).</source>
        <translation>Pide al cliente una nueva clave Wi-Fi y reinicia el Wi-Fi (%1).</translation>
    </message>
</context>
<context>
    <name>Turno::CustomerCountText</name>
    <message>
        <source>Hi %1, right now there is 1 customer connected</source>
        <translation>Hola %1, en este momento hay 1 cliente conectado</translation>
    </message>
    <message numerus="yes">
        <source>Hi %1, right now there are %n customers connected</source>
        <translation><numerusform>Hola %1, en este momento hay %n cliente conectado</numerusform><numerusform>Hola %1, en este momento hay %n clientes conectados</numerusform></translation>
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
        <translation>Ahora hay 1 cliente conectado</translation>
    </message>
    <message numerus="yes">
        <source>Now %n customers connected</source>
        <translation><numerusform>Ahora hay %n cliente conectado</numerusform><numerusform>Ahora hay %n clientes conectados</numerusform></translation>
    </message>
</context>
<context>
    <name>Turno::CustomerSession</name>
    <message>
        <source>Invalid RUT. Enter it as 12.345.678-5, 12345678-5 or 123456785.</source>
        <translation>RUT inválido. Ingrésalo como 12.345.678-5, 12345678-5 o 123456785.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Ingresa tu clave.</translation>
    </message>
    <message>
        <source>Wrong RUT or password.</source>
        <translation>RUT o clave incorrectos.</translation>
    </message>
    <message>
        <source>Your internet service has been restarted. It may take a minute to come back.</source>
        <translation>Tu servicio de internet fue reiniciado. Puede tardar un minuto en volver.</translation>
    </message>
    <message>
        <source>A restart of your service is already under way. Please wait for it to finish.</source>
        <translation>Ya hay un reinicio de tu servicio en curso. Espera a que termine, por favor.</translation>
    </message>
    <message>
        <source>We could not restart your service. Please try again later.</source>
        <translation>No pudimos reiniciar tu servicio. Inténtalo más tarde.</translation>
    </message>
    <message>
        <source>We could not restart your service: %1</source>
        <translation>No pudimos reiniciar tu servicio: %1</translation>
    </message>
    <message>
        <source>This server does not accept new accounts. Please call us to open one.</source>
        <translation>Este servidor no acepta cuentas nuevas. Llámanos para abrir una.</translation>
    </message>
    <message>
        <source>An account with this RUT already exists. Log in with its password instead.</source>
        <translation>Ya existe una cuenta con este RUT. Inicia sesión con su clave.</translation>
    </message>
    <message>
        <source>The server did not accept these account details.</source>
        <translation>El servidor no aceptó estos datos de la cuenta.</translation>
    </message>
    <message>
        <source>The server cannot create your account right now. Please try again later.</source>
        <translation>El servidor no puede crear tu cuenta en este momento. Inténtalo más tarde.</translation>
    </message>
    <message>
        <source>Your password has been updated.</source>
        <translation>Tu clave ha sido actualizada.</translation>
    </message>
    <message>
        <source>A change of your Wi-Fi password is already under way. Please wait for it to finish.</source>
        <translation>Ya hay un cambio de tu clave Wi-Fi en curso. Espera a que termine, por favor.</translation>
    </message>
    <message>
        <source>We could not update your Wi-Fi password. Please try again later.</source>
        <translation>No pudimos actualizar tu clave Wi-Fi. Inténtalo más tarde.</translation>
    </message>
    <message>
        <source>We could not update your Wi-Fi password: %1</source>
        <translation>No pudimos actualizar tu clave Wi-Fi: %1</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Ingresa tu clave actual.</translation>
    </message>
    <message>
        <source>Your account password has been changed. Use the new one from your next log-in on.</source>
        <translation>La clave de tu cuenta fue cambiada. Usa la nueva desde tu próximo inicio de sesión.</translation>
    </message>
    <message>
        <source>Done. We will call you %1 from now on.</source>
        <translation>Listo. Desde ahora te llamaremos %1.</translation>
    </message>
    <message>
        <source>Your current password is not correct. Nothing was changed.</source>
        <translation>Tu clave actual no es correcta. No se cambió nada.</translation>
    </message>
    <message>
        <source>The server did not accept the new password.</source>
        <translation>El servidor no aceptó la clave nueva.</translation>
    </message>
    <message>
        <source>The server did not accept that name.</source>
        <translation>El servidor no aceptó ese nombre.</translation>
    </message>
    <message>
        <source>Too many wrong attempts. Please try again in a few minutes.</source>
        <translation>Demasiados intentos fallidos. Inténtalo de nuevo en unos minutos.</translation>
    </message>
    <message>
        <source>We could not change your password right now. Please try again later.</source>
        <translation>No pudimos cambiar tu clave en este momento. Inténtalo más tarde.</translation>
    </message>
    <message>
        <source>We could not change your name right now. Please try again later.</source>
        <translation>No pudimos cambiar tu nombre en este momento. Inténtalo más tarde.</translation>
    </message>
    <message>
        <source>The Wi-Fi password is too short: it needs at least %1 characters.</source>
        <translation>La clave Wi-Fi es demasiado corta: necesita al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The Wi-Fi password is too long: it can have at most %1 characters.</source>
        <translation>La clave Wi-Fi es demasiado larga: puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The Wi-Fi password can only contain letters without accents (no ñ), digits, spaces and symbols such as ! ? # - _.</source>
        <translation>La clave Wi-Fi solo puede tener letras sin tilde (sin ñ), dígitos, espacios y símbolos como ! ? # - _.</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>Las dos claves no coinciden.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>La clave debe tener al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The password must have at most %1 characters.</source>
        <translation>La clave debe tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Enter your full name.</source>
        <translation>Ingresa tu nombre completo.</translation>
    </message>
    <message>
        <source>The name must have at most %1 characters.</source>
        <translation>El nombre debe tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The name contains a character that cannot be used.</source>
        <translation>El nombre contiene un carácter que no se puede usar.</translation>
    </message>
    <message>
        <source>You are next in line.</source>
        <translation>Eres el siguiente en la fila.</translation>
    </message>
    <message>
        <source>Estimated wait: unknown.</source>
        <translation>Espera estimada: desconocida.</translation>
    </message>
    <message>
        <source>Estimated wait: less than a minute.</source>
        <translation>Espera estimada: menos de un minuto.</translation>
    </message>
    <message>
        <source>Estimated wait: %1 to %2 minutes.</source>
        <translation>Espera estimada: entre %1 y %2 minutos.</translation>
    </message>
    <message>
        <source>No executive attends that service. Please choose another.</source>
        <translation>Ningún ejecutivo atiende ese servicio. Por favor elige otro.</translation>
    </message>
    <message>
        <source>You left the queue.</source>
        <translation>Saliste de la fila.</translation>
    </message>
    <message>
        <source>You ended the conversation with %1.</source>
        <translation>Terminaste la conversación con %1.</translation>
    </message>
    <message>
        <source>%1 ended the conversation.</source>
        <translation>%1 terminó la conversación.</translation>
    </message>
    <message>
        <source>%1 is no longer connected; the conversation ended.</source>
        <translation>%1 ya no está conectado; la conversación terminó.</translation>
    </message>
    <message>
        <source>1 customer ahead of you.</source>
        <translation>Hay 1 cliente antes que tú.</translation>
    </message>
    <message numerus="yes">
        <source>%n customers ahead of you.</source>
        <translation><numerusform>Hay %n cliente antes que tú.</numerusform><numerusform>Hay %n clientes antes que tú.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Estimated wait: up to %n minutes.</source>
        <translation><numerusform>Espera estimada: hasta %n minuto.</numerusform><numerusform>Espera estimada: hasta %n minutos.</numerusform></translation>
    </message>
    <message>
        <source>%1 is restarting your internet service…</source>
        <translation>%1 está reiniciando tu servicio de internet…</translation>
    </message>
    <message>
        <source>%1 restarted your internet service. It may take a minute to come back.</source>
        <translation>%1 reinició tu servicio de internet. Puede tardar un minuto en volver.</translation>
    </message>
    <message>
        <source>The restart of your internet service failed.</source>
        <translation>Falló el reinicio de tu servicio de internet.</translation>
    </message>
    <message>
        <source>The restart of your internet service failed: %1</source>
        <translation>Falló el reinicio de tu servicio de internet: %1</translation>
    </message>
    <message>
        <source>The invitation from %1 expired.</source>
        <translation>La invitación de %1 expiró.</translation>
    </message>
    <message>
        <source>%1 put you on hold. Please wait; you keep your place in this conversation.</source>
        <translation>%1 te dejó en espera. Por favor espera; mantienes tu lugar en esta conversación.</translation>
    </message>
    <message>
        <source>%1 is back.</source>
        <translation>%1 está de vuelta.</translation>
    </message>
    <message>
        <source>%1 joined the conversation.</source>
        <translation>%1 se unió a la conversación.</translation>
    </message>
    <message>
        <source>%1 left the conversation.</source>
        <translation>%1 salió de la conversación.</translation>
    </message>
    <message>
        <source>%1 is transferring you to %2. Please wait here; %2 will see this conversation.</source>
        <translation>%1 te está transfiriendo a %2. Por favor espera aquí; %2 verá esta conversación.</translation>
    </message>
    <message>
        <source>%1 invites you to a conversation about your internet service.</source>
        <translation>%1 te invita a una conversación sobre tu servicio de internet.</translation>
    </message>
    <message>
        <source>%1 invites you to a conversation about your Wi-Fi network.</source>
        <translation>%1 te invita a una conversación sobre tu red Wi-Fi.</translation>
    </message>
    <message>
        <source>%1 invites you to a conversation.</source>
        <translation>%1 te invita a una conversación.</translation>
    </message>
    <message>
        <source>You declined the invitation from %1.</source>
        <translation>Rechazaste la invitación de %1.</translation>
    </message>
    <message>
        <source>%1 is no longer available, so the conversation could not begin.</source>
        <translation>%1 ya no está disponible, así que la conversación no pudo comenzar.</translation>
    </message>
    <message>
        <source>%1 withdrew the invitation.</source>
        <translation>%1 retiró la invitación.</translation>
    </message>
    <message numerus="yes">
        <source>Too many accounts were created from your network. Try again in %n minutes.</source>
        <translation><numerusform>Se crearon demasiadas cuentas desde tu red. Vuelve a intentarlo en %n minuto.</numerusform><numerusform>Se crearon demasiadas cuentas desde tu red. Vuelve a intentarlo en %n minutos.</numerusform></translation>
    </message>
    <message>
        <source>The server is busy. Please try again in a moment.</source>
        <translation>El servidor está ocupado. Vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The name is too long: at most %1 bytes in UTF-8, and characters of some scripts take 3 or 4 bytes each.</source>
        <translation>El nombre es demasiado largo: como máximo %1 bytes en UTF-8, y los caracteres de algunas escrituras ocupan 3 o 4 bytes cada uno.</translation>
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
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Última acción</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>%1; the first %2 are listed.</source>
        <translation>%1; se muestran los primeros %2.</translation>
    </message>
</context>
<context>
    <name>Turno::ExecutiveCommandLine</name>
    <message>
        <source>Turno for executives: see the customers connected and attend them.</source>
        <translation>Turno para ejecutivos: ve los clientes conectados y atiéndelos.</translation>
    </message>
    <message>
        <source>Work in this terminal with :commands, without a window.</source>
        <translation>Trabaja en esta terminal con :comandos, sin ventana.</translation>
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
        <translation>Todavía no estás atendiendo a un cliente, así que no hay a quién enviarle eso. Los comandos empiezan con dos puntos: escribe :help para verlos.</translation>
    </message>
    <message>
        <source>There is no command %1. Type :help to see the commands.</source>
        <translation>No existe el comando %1. Escribe :help para ver los comandos.</translation>
    </message>
    <message>
        <source>%1 needs one more word. Use one of: %2</source>
        <translation>A %1 le falta una palabra. Usa uno de: %2</translation>
    </message>
    <message>
        <source>%1 takes nothing after it. Use it as %2</source>
        <translation>%1 no lleva nada a continuación. Úsalo así: %2</translation>
    </message>
    <message>
        <source>%1 needs something after it. Use it as %2</source>
        <translation>%1 necesita algo a continuación. Úsalo así: %2</translation>
    </message>
    <message>
        <source>No customer is waiting to connect.</source>
        <translation>No hay ningún cliente esperando para conectarse.</translation>
    </message>
    <message>
        <source>No customer is ringing right now, so there is nothing to reject.</source>
        <translation>Ningún cliente está llamando en este momento, así que no hay nada que rechazar.</translation>
    </message>
    <message>
        <source>You are not attending a customer, so there is no session to end.</source>
        <translation>No estás atendiendo a un cliente, así que no hay sesión que terminar.</translation>
    </message>
    <message>
        <source>You are not attending a customer right now.</source>
        <translation>No estás atendiendo a ningún cliente ahora.</translation>
    </message>
    <message>
        <source>There is no command %1. Did you mean %2? Type :help to see the commands.</source>
        <translation>No existe el comando %1. ¿Quisiste decir %2? Escribe :help para ver los comandos.</translation>
    </message>
    <message>
        <source>%1 works in a session, and you are not attending a customer right now.</source>
        <translation>%1 funciona en una sesión, y ahora no estás atendiendo a ningún cliente.</translation>
    </message>
    <message>
        <source>Shows how many customers are connected.</source>
        <translation>Muestra cuántos clientes hay conectados.</translation>
    </message>
    <message>
        <source>Shows the customers connected and what each one did last.</source>
        <translation>Muestra los clientes conectados y su última acción.</translation>
    </message>
    <message>
        <source>Lists the customers waiting in your lines, oldest first.</source>
        <translation>Lista los clientes que esperan en tus filas, del más antiguo al más reciente.</translation>
    </message>
    <message>
        <source>[name or number]</source>
        <translation>[nombre o número]</translation>
    </message>
    <message>
        <source>Takes the customer who is ringing, or else the one who has waited longest; with a name or number from :queue, that customer.</source>
        <translation>Toma al cliente que está llamando, o si no al que lleva más tiempo esperando; con un nombre o número de :queue, a ese cliente.</translation>
    </message>
    <message>
        <source>Declines the customer who is ringing; the next executive is offered them.</source>
        <translation>Rechaza al cliente que está llamando; se le ofrece al siguiente ejecutivo.</translation>
    </message>
    <message>
        <source>Shows the history of the customer you are attending; with a name or number from :queue, of that waiting customer.</source>
        <translation>Muestra el historial del cliente que estás atendiendo; con un nombre o número de :queue, el de ese cliente en espera.</translation>
    </message>
    <message>
        <source>&lt;description&gt;</source>
        <translation>&lt;descripción&gt;</translation>
    </message>
    <message>
        <source>Adds a note to the history of the current conversation.</source>
        <translation>Agrega información al historial de la atención actual.</translation>
    </message>
    <message>
        <source>Restarts the customer's internet service.</source>
        <translation>Reinicia el servicio de internet del cliente.</translation>
    </message>
    <message>
        <source>Sets a new Wi-Fi password for the customer and restarts the Wi-Fi.</source>
        <translation>Pone una nueva clave Wi-Fi al cliente y reinicia el Wi-Fi.</translation>
    </message>
    <message>
        <source>Lists your sessions, with the ones on hold and the messages you have not read.</source>
        <translation>Lista tus sesiones, con las que están en espera y los mensajes que no has leído.</translation>
    </message>
    <message>
        <source>Goes to another session (the next one, or the one named); the one you leave goes on hold.</source>
        <translation>Pasa a otra sesión (la siguiente, o la que nombres); la que dejas queda en espera.</translation>
    </message>
    <message>
        <source>Puts the current session on hold; :switch brings it back.</source>
        <translation>Deja la sesión actual en espera; :switch la retoma.</translation>
    </message>
    <message>
        <source>&lt;colleague&gt;</source>
        <translation>&lt;colega&gt;</translation>
    </message>
    <message>
        <source>Hands the current customer to a colleague, who gets them first in line.</source>
        <translation>Transfiere al cliente actual a un colega, que lo recibe primero en su fila.</translation>
    </message>
    <message>
        <source>Invites a colleague into the current session (a conference).</source>
        <translation>Invita a un colega a la sesión actual (una conferencia).</translation>
    </message>
    <message>
        <source>Lists the colleagues online, for :transfer and :invite.</source>
        <translation>Lista los colegas conectados, para :transfer e :invite.</translation>
    </message>
    <message>
        <source>Joins the session a colleague invited you into.</source>
        <translation>Te une a la sesión a la que te invitó un colega.</translation>
    </message>
    <message>
        <source>Declines a colleague's invitation.</source>
        <translation>Rechaza la invitación de un colega.</translation>
    </message>
    <message>
        <source>Lists your contacts and whether they are free.</source>
        <translation>Lista tus contactos y si están libres.</translation>
    </message>
    <message>
        <source>Adds the current customer to your contacts.</source>
        <translation>Agrega al cliente actual a tus contactos.</translation>
    </message>
    <message>
        <source>&lt;name&gt; [internet|wifi]</source>
        <translation>&lt;nombre&gt; [internet|wifi]</translation>
    </message>
    <message>
        <source>Invites a free contact to a session about the service (Internet unless you say wifi).</source>
        <translation>Invita a un contacto libre a una sesión sobre el servicio (Internet, salvo que digas wifi).</translation>
    </message>
    <message>
        <source>&lt;name&gt;</source>
        <translation>&lt;nombre&gt;</translation>
    </message>
    <message>
        <source>Removes someone from your contacts.</source>
        <translation>Quita a alguien de tus contactos.</translation>
    </message>
    <message>
        <source>Ends the conversation with the customer you are attending.</source>
        <translation>Termina la conversación con el cliente que estás atendiendo.</translation>
    </message>
    <message>
        <source>Makes you available for customers again (also ends after-call work).</source>
        <translation>Te deja disponible para clientes otra vez (también termina el trabajo posterior).</translation>
    </message>
    <message>
        <source>&lt;reason&gt;</source>
        <translation>&lt;motivo&gt;</translation>
    </message>
    <message>
        <source>Sets you away, with a reason; no customer is offered to you.</source>
        <translation>Te deja ausente, con un motivo; no se te ofrecen clientes.</translation>
    </message>
    <message>
        <source>Lists the commands.</source>
        <translation>Lista los comandos.</translation>
    </message>
    <message>
        <source>Logs out and ends the program.</source>
        <translation>Cierra la sesión y termina el programa.</translation>
    </message>
    <message>
        <source>Shows the entries before those of the last history shown.</source>
        <translation>Muestra las entradas anteriores a las del último historial mostrado.</translation>
    </message>
    <message>
        <source>There is nothing older in the history shown last.</source>
        <translation>No hay nada más antiguo en el último historial mostrado.</translation>
    </message>
</context>
<context>
    <name>Turno::ExecutiveLoginPage</name>
    <message>
        <source>Executive desk</source>
        <translation>Puesto de ejecutivo</translation>
    </message>
    <message>
        <source>Hi! Welcome. Enter your username and password to start attending customers.</source>
        <translation>¡Hola! Bienvenido. Ingresa tu usuario y tu clave para empezar a atender clientes.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>Ingresa tu usuario.</translation>
    </message>
</context>
<context>
    <name>Turno::ExecutiveMainPage</name>
    <message>
        <source>Services:</source>
        <translation>Servicios:</translation>
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
        <translation>Ejecutivo</translation>
    </message>
    <message>
        <source>None assigned</source>
        <translation>Ninguno asignado</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Ready &amp;now</source>
        <translation>&amp;Listo ahora</translation>
    </message>
    <message>
        <source>Become available for customers again (or type :ready).</source>
        <translation>Vuelve a estar disponible para clientes (o escribe :ready).</translation>
    </message>
    <message>
        <source>The note was added to the history.</source>
        <translation>La nota se agregó al historial.</translation>
    </message>
    <message>
        <source>You are now talking with %1; your other sessions wait in their tabs above.</source>
        <translation>Ahora estás conversando con %1; tus otras sesiones esperan en sus pestañas de arriba.</translation>
    </message>
</context>
<context>
    <name>Turno::ExecutiveSession</name>
    <message>
        <source>Enter your username and password.</source>
        <translation>Ingresa tu usuario y tu clave.</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Usuario o clave incorrectos.</translation>
    </message>
    <message>
        <source>You rejected %1; the next executive is offered them.</source>
        <translation>Rechazaste a %1; se le ofrece al siguiente ejecutivo.</translation>
    </message>
    <message>
        <source>The offer of %1 was not answered in time and went to the next executive.</source>
        <translation>El llamado de %1 no se respondió a tiempo y pasó al siguiente ejecutivo.</translation>
    </message>
    <message>
        <source>%1 left the queue.</source>
        <translation>%1 salió de la fila.</translation>
    </message>
    <message>
        <source>The offer of %1 was withdrawn.</source>
        <translation>El llamado de %1 fue retirado.</translation>
    </message>
    <message>
        <source>%1 ended the session.</source>
        <translation>%1 terminó la sesión.</translation>
    </message>
    <message>
        <source>You ended the session with %1.</source>
        <translation>Terminaste la sesión con %1.</translation>
    </message>
    <message>
        <source>%1 disconnected; the session ended.</source>
        <translation>%1 se desconectó; la sesión terminó.</translation>
    </message>
    <message>
        <source>missed offers</source>
        <translation>ofertas no respondidas</translation>
    </message>
    <message>
        <source>You missed several offers in a row, so you were set to Away. Choose Available when you are ready.</source>
        <translation>No respondiste varias ofertas seguidas, así que quedaste como Ausente. Elige Disponible cuando estés listo.</translation>
    </message>
    <message>
        <source>Restarting the internet service of %1…</source>
        <translation>Reiniciando el servicio de internet de %1…</translation>
    </message>
    <message>
        <source>%1 is asked for a new Wi-Fi password.</source>
        <translation>Se le pidió a %1 una nueva clave Wi-Fi.</translation>
    </message>
    <message>
        <source>The internet service of %1 was restarted.</source>
        <translation>Se reinició el servicio de internet de %1.</translation>
    </message>
    <message>
        <source>%1 changed the Wi-Fi password; the Wi-Fi was restarted.</source>
        <translation>%1 cambió la clave Wi-Fi; se reinició el Wi-Fi.</translation>
    </message>
    <message>
        <source>The internet restart of %1 failed: %2</source>
        <translation>Falló el reinicio de internet de %1: %2</translation>
    </message>
    <message>
        <source>The Wi-Fi change of %1 failed: %2</source>
        <translation>Falló el cambio de Wi-Fi de %1: %2</translation>
    </message>
    <message>
        <source>You left the session with %1.</source>
        <translation>Saliste de la sesión con %1.</translation>
    </message>
    <message>
        <source>You transferred %1.</source>
        <translation>Transferiste a %1.</translation>
    </message>
    <message>
        <source>You transferred %1 to %2.</source>
        <translation>Transferiste a %1 a %2.</translation>
    </message>
    <message>
        <source>You declined the invitation from %1.</source>
        <translation>Rechazaste la invitación de %1.</translation>
    </message>
    <message>
        <source>The invitation from %1 expired.</source>
        <translation>La invitación de %1 expiró.</translation>
    </message>
    <message>
        <source>The invitation from %1 was withdrawn.</source>
        <translation>La invitación de %1 fue retirada.</translation>
    </message>
    <message>
        <source>%1 accepted your invitation.</source>
        <translation>%1 aceptó tu invitación.</translation>
    </message>
    <message>
        <source>%1 declined your invitation.</source>
        <translation>%1 rechazó tu invitación.</translation>
    </message>
    <message>
        <source>%1 did not answer your invitation in time.</source>
        <translation>%1 no respondió tu invitación a tiempo.</translation>
    </message>
    <message>
        <source>Your invitation to %1 was cancelled.</source>
        <translation>Tu invitación a %1 fue cancelada.</translation>
    </message>
    <message>
        <source>%1 joined the session.</source>
        <translation>%1 se unió a la sesión.</translation>
    </message>
    <message>
        <source>%1 left the session.</source>
        <translation>%1 salió de la sesión.</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>waiting for an executive</source>
        <translation>esperando a un ejecutivo</translation>
    </message>
    <message>
        <source>in a session</source>
        <translation>en una sesión</translation>
    </message>
</context>
<context>
    <name>Turno::ExecutiveTerminal</name>
    <message>
        <source>Hi! Welcome, enter your username and password</source>
        <translation>¡Hola! Bienvenido, ingresa tu usuario y tu clave</translation>
    </message>
    <message>
        <source>user:</source>
        <comment>terminal prompt for the username</comment>
        <translation>user:</translation>
    </message>
    <message>
        <source>password:</source>
        <comment>terminal prompt</comment>
        <translation>password:</translation>
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
        <translation>Hola %1, en este momento hay:</translation>
    </message>
    <message>
        <source>%1 [%2]: %3</source>
        <comment>a chat message in the terminal: sender, time (HH:mm), text</comment>
        <translation>%1 [%2]: %3</translation>
    </message>
    <message>
        <source>The customer %1 wants to connect (last action: %2). Type :connect to accept or :reject to decline; it rings for %3 s.</source>
        <translation>El cliente %1 se quiere conectar (última acción: %2). Escribe :connect para aceptar o :reject para rechazar; sonará durante %3 s.</translation>
    </message>
    <message>
        <source>You are now talking with %1.</source>
        <translation>Ahora estás conversando con %1.</translation>
    </message>
    <message>
        <source>Type a message and press Enter to send it; :end ends the session.</source>
        <translation>Escribe un mensaje y presiona Enter para enviarlo; :end termina la sesión.</translation>
    </message>
    <message>
        <source>(delivered %1)</source>
        <comment>an own chat message reached the server at this time (HH:mm)</comment>
        <translation>(entregado %1)</translation>
    </message>
    <message>
        <source>Type :ready when you are back.</source>
        <translation>Escribe :ready cuando vuelvas.</translation>
    </message>
    <message>
        <source>The note was added to the history.</source>
        <translation>La nota se agregó al historial.</translation>
    </message>
    <message>
        <source>You joined the conversation with %1 as a guest.</source>
        <translation>Te uniste como invitado a la conversación con %1.</translation>
    </message>
    <message>
        <source>Type a message and press Enter to send it; :end leaves the conversation.</source>
        <translation>Escribe un mensaje y presiona Enter para enviarlo; :end te saca de la conversación.</translation>
    </message>
    <message>
        <source>Your other sessions wait meanwhile: :sessions lists them, :switch goes to one.</source>
        <translation>Tus otras sesiones esperan mientras tanto: :sessions las lista y :switch pasa a una.</translation>
    </message>
    <message>
        <source>%1 invites you into the session with %2 (%3). Type :accept to join or :decline; it rings for %4 s.</source>
        <translation>%1 te invita a la sesión con %2 (%3). Escribe :accept para unirte o :decline para rechazar; sonará durante %4 s.</translation>
    </message>
    <message>
        <source>%1 is on hold; they are told you will be back. Type :switch to go back to them.</source>
        <translation>%1 está en espera; se le avisa que volverás. Escribe :switch para volver con esa persona.</translation>
    </message>
    <message>
        <source>You are back with %1.</source>
        <translation>Volviste con %1.</translation>
    </message>
    <message>
        <source>%1 is in front now, on hold; type :switch to take them back.</source>
        <translation>%1 queda en primer plano, en espera; escribe :switch para retomarlo.</translation>
    </message>
    <message>
        <source>You are now with %1.</source>
        <translation>Ahora estás con %1.</translation>
    </message>
    <message>
        <source>%1 [%2] (on hold): %3</source>
        <comment>a message from a session on hold: sender, time, text</comment>
        <translation>%1 [%2] (en espera): %3</translation>
    </message>
    <message>
        <source>%1 [%2] (session with %3, in the background): %4</source>
        <comment>a message from a session not in front: sender, time, customer, text</comment>
        <translation>%1 [%2] (sesión con %3, en segundo plano): %4</translation>
    </message>
</context>
<context>
    <name>Turno::ExecutiveTexts</name>
    <message>
        <source>Restarted the internet service</source>
        <translation>Reinició el servicio de internet</translation>
    </message>
    <message>
        <source>Tried to restart the internet service, which failed</source>
        <translation>Intentó reiniciar el servicio de internet, sin éxito</translation>
    </message>
    <message>
        <source>Changed the Wi-Fi password</source>
        <translation>Cambió la clave Wi-Fi</translation>
    </message>
    <message>
        <source>Tried to change the Wi-Fi password, which failed</source>
        <translation>Intentó cambiar la clave Wi-Fi, sin éxito</translation>
    </message>
    <message>
        <source>Nothing in self-service yet</source>
        <translation>Nada en autoatención todavía</translation>
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
        <translation>Disponible</translation>
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
        <translation>Trabajo posterior</translation>
    </message>
    <message>
        <source>You are available for customers.</source>
        <translation>Estás disponible para atender clientes.</translation>
    </message>
    <message>
        <source>You are away; no customer will be offered to you.</source>
        <translation>Estás ausente; no se te ofrecerán clientes.</translation>
    </message>
    <message>
        <source>You are away (%1); no customer will be offered to you.</source>
        <translation>Estás ausente (%1); no se te ofrecerán clientes.</translation>
    </message>
    <message>
        <source>You are in a session.</source>
        <translation>Estás en una atención.</translation>
    </message>
    <message>
        <source>After-call work: new offers in 1 second.</source>
        <translation>Trabajo posterior: nuevas ofertas en 1 segundo.</translation>
    </message>
    <message numerus="yes">
        <source>After-call work: new offers in %n seconds.</source>
        <translation><numerusform>Trabajo posterior: nuevas ofertas en %n segundo.</numerusform><numerusform>Trabajo posterior: nuevas ofertas en %n segundos.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The note is %n characters too long; shorten it and add it again.</source>
        <translation><numerusform>A la nota le sobra %n carácter; acórtala y agrégala de nuevo.</numerusform><numerusform>A la nota le sobran %n caracteres; acórtala y agrégala de nuevo.</numerusform></translation>
    </message>
    <message>
        <source>Logged in.</source>
        <translation>Inició sesión.</translation>
    </message>
    <message>
        <source>A log-in failed.</source>
        <translation>Falló un inicio de sesión.</translation>
    </message>
    <message>
        <source>Logged out.</source>
        <translation>Cerró sesión.</translation>
    </message>
    <message>
        <source>Restarted the internet service.</source>
        <translation>Reinició el servicio de internet.</translation>
    </message>
    <message>
        <source>An internet service restart failed.</source>
        <translation>Falló un reinicio del servicio de internet.</translation>
    </message>
    <message>
        <source>Changed the Wi-Fi password.</source>
        <translation>Cambió la clave Wi-Fi.</translation>
    </message>
    <message>
        <source>A Wi-Fi password change failed.</source>
        <translation>Falló un cambio de clave Wi-Fi.</translation>
    </message>
    <message>
        <source>Asked for an executive (%1).</source>
        <translation>Pidió hablar con un ejecutivo (%1).</translation>
    </message>
    <message>
        <source>Was attended by an executive (%1).</source>
        <translation>Fue atendido por un ejecutivo (%1).</translation>
    </message>
    <message>
        <source>Left the queue.</source>
        <translation>Dejó la fila.</translation>
    </message>
    <message>
        <source>A conversation with %1 ended (%2).</source>
        <translation>Terminó una conversación con %1 (%2).</translation>
    </message>
    <message>
        <source>Note by %1: %2</source>
        <translation>Nota de %1: %2</translation>
    </message>
    <message>
        <source>Came back after a dropped connection.</source>
        <translation>Volvió tras un corte de conexión.</translation>
    </message>
    <message>
        <source>Was transferred between executives (%1).</source>
        <translation>Fue transferido entre ejecutivos (%1).</translation>
    </message>
    <message>
        <source>Was put on hold.</source>
        <translation>Quedó en espera.</translation>
    </message>
    <message>
        <source>Was taken off hold.</source>
        <translation>Salió de la espera.</translation>
    </message>
    <message>
        <source>Another executive joined the conversation.</source>
        <translation>Otro ejecutivo se unió a la conversación.</translation>
    </message>
    <message>
        <source>An executive left the conversation.</source>
        <translation>Un ejecutivo salió de la conversación.</translation>
    </message>
    <message>
        <source>Was invited to a conversation by an executive (%1).</source>
        <translation>Un ejecutivo lo invitó a una conversación (%1).</translation>
    </message>
    <message>
        <source>Was asked for a new Wi-Fi password.</source>
        <translation>Se le pidió una nueva clave Wi-Fi.</translation>
    </message>
    <message>
        <source>Was offered to an executive (%1).</source>
        <translation>Se le ofreció a un ejecutivo (%1).</translation>
    </message>
    <message>
        <source>An executive (%1) passed the offer on.</source>
        <translation>Un ejecutivo (%1) dejó pasar el llamado.</translation>
    </message>
    <message>
        <source>An offer to an executive (%1) was not answered in time.</source>
        <translation>Un ejecutivo (%1) no respondió el llamado a tiempo.</translation>
    </message>
    <message>
        <source>Left the queue while being offered to an executive.</source>
        <translation>Salió de la fila mientras se le ofrecía a un ejecutivo.</translation>
    </message>
    <message>
        <source>An offer to an executive (%1) was withdrawn.</source>
        <translation>Se retiró un llamado a un ejecutivo (%1).</translation>
    </message>
    <message>
        <source>Did not come back in time after a dropped connection.</source>
        <translation>No volvió a tiempo después de perder la conexión.</translation>
    </message>
    <message>
        <source>Created their account.</source>
        <translation>Creó su cuenta.</translation>
    </message>
    <message>
        <source>An account sign-up failed.</source>
        <translation>Falló la creación de una cuenta.</translation>
    </message>
    <message>
        <source>Changed their account password.</source>
        <translation>Cambió la clave de su cuenta.</translation>
    </message>
    <message>
        <source>An account password change failed.</source>
        <translation>Falló un cambio de la clave de la cuenta.</translation>
    </message>
    <message>
        <source>Changed the name they are greeted with.</source>
        <translation>Cambió el nombre con que se le saluda.</translation>
    </message>
    <message>
        <source>A change of their name failed.</source>
        <translation>Falló un cambio de su nombre.</translation>
    </message>
</context>
<context>
    <name>Turno::ExecutiveWindow</name>
    <message>
        <source>Turno executive desk</source>
        <translation>Turno: puesto de ejecutivo</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <comment>shortcut for Log out</comment>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Checking your username and password…</source>
        <translation>Verificando tu usuario y tu clave…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Conectado a %1</translation>
    </message>
    <message>
        <source>Connection lost; reconnecting to %1…</source>
        <translation>Se perdió la conexión; reconectando con %1…</translation>
    </message>
    <message>
        <source>%1 wrote in another session: %2</source>
        <translation>%1 escribió en otra sesión: %2</translation>
    </message>
    <message>
        <source>&amp;Connected customers…</source>
        <translation>&amp;Clientes conectados…</translation>
    </message>
    <message>
        <source>The customers connected now and what each one did last (or type :details).</source>
        <translation>Los clientes conectados ahora y lo último que hizo cada uno (o escribe :details).</translation>
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
        <translation>Aquí aparecen el cliente que atiendes y su historial. Para leer el historial de alguien en espera, selecciónalo en la fila y presiona Historial.</translation>
    </message>
    <message>
        <source>Back to the session</source>
        <translation>Volver a la sesión</translation>
    </message>
    <message>
        <source>History, newest first</source>
        <translation>Historial, lo más reciente primero</translation>
    </message>
    <message>
        <source>A note for the history</source>
        <translation>Una nota para el historial</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Agregar &amp;nota</translation>
    </message>
    <message>
        <source>Adds the note to the customer's history (%1 goes to the note field; Enter adds it).</source>
        <translation>Agrega la nota al historial del cliente (%1 lleva al campo de la nota; Enter la agrega).</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Servicio: %1</translation>
    </message>
    <message>
        <source>In session since %1</source>
        <translation>En sesión desde las %1</translation>
    </message>
    <message>
        <source>You joined this conversation as a guest.</source>
        <translation>Te uniste a esta conversación como invitado.</translation>
    </message>
    <message>
        <source>In this conversation: %1</source>
        <translation>En esta conversación: %1</translation>
    </message>
    <message>
        <source>Waiting for %1 since %2</source>
        <translation>En espera (%1) desde las %2</translation>
    </message>
    <message>
        <source>Last action: %1</source>
        <translation>Última acción: %1</translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation>Cargando el historial…</translation>
    </message>
    <message>
        <source>Nothing in the history yet.</source>
        <translation>Todavía no hay nada en el historial.</translation>
    </message>
    <message>
        <source>Loading older entries…</source>
        <translation>Cargando entradas más antiguas…</translation>
    </message>
    <message>
        <source>Show older entries</source>
        <translation>Ver entradas más antiguas</translation>
    </message>
</context>
<context>
    <name>Turno::InvitationDialog</name>
    <message>
        <source>Invitation from %1</source>
        <translation>Invitación de %1</translation>
    </message>
    <message>
        <source>Press Enter to accept or Esc to decline.</source>
        <translation>Presiona Enter para aceptar o Esc para rechazar.</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message numerus="yes">
        <source>This invitation expires in %n seconds.</source>
        <translation><numerusform>Esta invitación expira en %n segundo.</numerusform><numerusform>Esta invitación expira en %n segundos.</numerusform></translation>
    </message>
    <message>
        <source>This invitation expires in 1 second.</source>
        <translation>Esta invitación expira en 1 segundo.</translation>
    </message>
    <message>
        <source>This invitation is expiring.</source>
        <translation>Esta invitación está por expirar.</translation>
    </message>
    <message>
        <source>Connecting you with %1…</source>
        <translation>Conectándote con %1…</translation>
    </message>
</context>
<context>
    <name>Turno::InvitationPanel</name>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Unirme</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>Join the session (%1).</source>
        <translation>Únete a la sesión (%1).</translation>
    </message>
    <message>
        <source>Decline the invitation (%1).</source>
        <translation>Rechaza la invitación (%1).</translation>
    </message>
    <message>
        <source>Press %1 to join, %2 to decline.</source>
        <translation>Presiona %1 para unirte, %2 para rechazar.</translation>
    </message>
    <message>
        <source>%1 invites you into the session with %2 (%3).</source>
        <translation>%1 te invita a la sesión con %2 (%3).</translation>
    </message>
    <message>
        <source>Answering…</source>
        <translation>Respondiendo…</translation>
    </message>
    <message>
        <source>%1 s left to answer</source>
        <translation>Quedan %1 s para responder</translation>
    </message>
    <message>
        <source>Time is up.</source>
        <translation>Se acabó el tiempo.</translation>
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
        <translation>&amp;Clave:</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Ingresa tu clave.</translation>
    </message>
</context>
<context>
    <name>Turno::OfferPanel</name>
    <message>
        <source>Last action:</source>
        <translation>Última acción:</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Servicio:</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>%1 wants to talk with you</source>
        <translation>%1 quiere hablar contigo</translation>
    </message>
    <message>
        <source>Answering…</source>
        <translation>Respondiendo…</translation>
    </message>
    <message>
        <source>%1 s left to answer</source>
        <translation>Quedan %1 s para responder</translation>
    </message>
    <message>
        <source>Time is up; the offer goes to the next executive.</source>
        <translation>Se acabó el tiempo; el cliente pasa al siguiente ejecutivo.</translation>
    </message>
    <message>
        <source>Press %1 or %2 to accept, %3 or %4 to reject.</source>
        <translation>Presiona %1 o %2 para aceptar, %3 o %4 para rechazar.</translation>
    </message>
</context>
<context>
    <name>Turno::QueuePage</name>
    <message>
        <source>You are in line for an executive.</source>
        <translation>Estás en la fila para hablar con un ejecutivo.</translation>
    </message>
    <message>
        <source>Keep this window open. An executive will talk with you here as soon as one is free.</source>
        <translation>Mantén esta ventana abierta. Un ejecutivo conversará contigo aquí en cuanto esté libre.</translation>
    </message>
    <message>
        <source>&amp;Leave the queue</source>
        <translation>&amp;Salir de la fila</translation>
    </message>
    <message>
        <source>Press Esc to leave the queue.</source>
        <translation>Presiona Esc para salir de la fila.</translation>
    </message>
    <message>
        <source>Finding your place in line…</source>
        <translation>Buscando tu lugar en la fila…</translation>
    </message>
</context>
<context>
    <name>Turno::QueuePanel</name>
    <message>
        <source>Waiting customers</source>
        <translation>Clientes en espera</translation>
    </message>
    <message>
        <source>No customers waiting</source>
        <translation>No hay clientes en espera</translation>
    </message>
    <message>
        <source>Customers who ask to talk to an executive appear here.</source>
        <translation>Aquí aparecen los clientes que piden hablar con un ejecutivo.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Esperando</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Última acción</translation>
    </message>
    <message>
        <source>Waiting customers, oldest first</source>
        <translation>Clientes en espera, del más antiguo al más reciente</translation>
    </message>
    <message>
        <source>Connect ne&amp;xt</source>
        <translation>Conectar si&amp;guiente</translation>
    </message>
    <message>
        <source>Take the customer who has waited longest (%1, or type :connect).</source>
        <translation>Atiende al cliente que lleva más tiempo esperando (%1, o escribe :connect).</translation>
    </message>
    <message>
        <source>&amp;Connect selected</source>
        <translation>&amp;Conectar seleccionado</translation>
    </message>
    <message>
        <source>Take the selected customer now (also a double-click on the row).</source>
        <translation>Atiende ahora al cliente seleccionado (también con doble clic en la fila).</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>Show the selected customer's history beside the conversation (%1).</source>
        <translation>Muestra el historial del cliente seleccionado junto a la conversación (%1).</translation>
    </message>
    <message>
        <source>Waiting customers (%1, the oldest %2 shown)</source>
        <translation>Clientes en espera (%1; se muestran los %2 más antiguos)</translation>
    </message>
    <message>
        <source>Waiting customers (%1)</source>
        <translation>Clientes en espera (%1)</translation>
    </message>
</context>
<context>
    <name>Turno::RequestDialog</name>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
</context>
<context>
    <name>Turno::Server::AccountService</name>
    <message>
        <source>New client %1 signed up.</source>
        <translation>Nuevo cliente %1 registrado.</translation>
    </message>
    <message>
        <source>Client %1 changed their password.</source>
        <translation>Cambio de clave de cuenta Cliente %1.</translation>
    </message>
    <message>
        <source>Client %1 is now called %2.</source>
        <translation>Cambio de nombre Cliente %1: ahora %2.</translation>
    </message>
</context>
<context>
    <name>Turno::Server::ContactCenter</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>No se puede escuchar en %1 puerto %2: %3</translation>
    </message>
    <message>
        <source>Listening on %1 port %2.</source>
        <translation>Escuchando en %1 puerto %2.</translation>
    </message>
    <message>
        <source>Internet service restart for client %1.</source>
        <translation>Reinicio Servicio Internet Cliente %1.</translation>
    </message>
    <message>
        <source>Internet service restart for client %1 failed: %2</source>
        <translation>Falló el reinicio del servicio de Internet del cliente %1: %2</translation>
    </message>
    <message>
        <source>Wi-Fi password change for client %1.</source>
        <translation>Cambio de clave Wi-Fi Cliente %1.</translation>
    </message>
    <message>
        <source>Wi-Fi password change for client %1 failed: %2</source>
        <translation>Falló el cambio de clave Wi-Fi del cliente %1: %2</translation>
    </message>
    <message>
        <source>--plaintext listens only on a loopback address (127.0.0.1 or ::1), never on %1: without TLS, passwords would cross the network in clear.</source>
        <translation>--plaintext solo escucha en una dirección loopback (127.0.0.1 o ::1), nunca en %1: sin TLS, las claves cruzarían la red en claro.</translation>
    </message>
    <message>
        <source>WARNING: --plaintext: connections are NOT encrypted. Use this only for debugging on this machine.</source>
        <translation>ATENCIÓN: --plaintext: las conexiones NO van cifradas. Úsalo solo para depurar en este equipo.</translation>
    </message>
    <message>
        <source>No TLS certificate and key to listen with (or --plaintext for debugging on this machine).</source>
        <translation>No hay certificado ni clave TLS con que escuchar (o usa --plaintext para depurar en este equipo).</translation>
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
        <translation>Filtrar el registro (Ctrl+F)</translation>
    </message>
    <message>
        <source>Server log</source>
        <translation>Registro del servidor</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Servidor</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrar</translation>
    </message>
    <message>
        <source>&amp;Clear log</source>
        <translation>&amp;Limpiar registro</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>Connected customers (%1)</source>
        <translation>Clientes conectados (%1)</translation>
    </message>
    <message>
        <source>Connected executives (%1)</source>
        <translation>Ejecutivos conectados (%1)</translation>
    </message>
    <message>
        <source>Listening on %1 port %2</source>
        <translation>Escuchando en %1 puerto %2</translation>
    </message>
</context>
<context>
    <name>Turno::Server::PresenceBoard</name>
    <message>
        <source>Executive %1 is now available.</source>
        <translation>Ejecutivo %1 ahora está disponible.</translation>
    </message>
    <message>
        <source>Executive %1 is now away.</source>
        <translation>Ejecutivo %1 ahora está ausente.</translation>
    </message>
    <message>
        <source>Executive %1 is now away (%2).</source>
        <translation>Ejecutivo %1 ahora está ausente (%2).</translation>
    </message>
    <message>
        <source>Executive %1 is now busy in a session.</source>
        <translation>Ejecutivo %1 ahora está ocupado en una atención.</translation>
    </message>
    <message>
        <source>Executive %1 is now in after-call work.</source>
        <translation>Ejecutivo %1 ahora está en trabajo posterior a la atención.</translation>
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
        <translation>Ejecutivo %1 conectado.</translation>
    </message>
    <message>
        <source>Client %1 disconnected.</source>
        <translation>Cliente %1 desconectado.</translation>
    </message>
    <message>
        <source>Executive %1 disconnected.</source>
        <translation>Ejecutivo %1 desconectado.</translation>
    </message>
    <message>
        <source>Client %1 did not come back in time; their place was released.</source>
        <translation>Cliente %1 no volvió a tiempo; se liberó su lugar.</translation>
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
        <translation>Cliente %1 espera a un ejecutivo (%2).</translation>
    </message>
    <message>
        <source>Client %1 offered to executive %2.</source>
        <translation>Cliente %1 ofrecido a ejecutivo %2.</translation>
    </message>
    <message>
        <source>Executive %1 rejected client %2.</source>
        <translation>Ejecutivo %1 rechazó a cliente %2.</translation>
    </message>
    <message>
        <source>Executive %1 did not answer the offer of client %2.</source>
        <translation>Ejecutivo %1 no respondió la oferta de cliente %2.</translation>
    </message>
    <message>
        <source>Client %1 redirected to executive %2.</source>
        <translation>Cliente %1 redirigido a ejecutivo %2.</translation>
    </message>
    <message>
        <source>Session of client %1 with executive %2 ended.</source>
        <translation>Terminó la atención de cliente %1 con ejecutivo %2.</translation>
    </message>
    <message>
        <source>Client %1 left the queue.</source>
        <translation>Cliente %1 dejó la fila.</translation>
    </message>
    <message>
        <source>Executive %1 is now offline.</source>
        <translation>Ejecutivo %1 ahora está desconectado.</translation>
    </message>
    <message>
        <source>Executive %1 put client %2 on hold.</source>
        <translation>Ejecutivo %1 dejó en espera al cliente %2.</translation>
    </message>
    <message>
        <source>Executive %1 is back with client %2.</source>
        <translation>Ejecutivo %1 retomó la atención del cliente %2.</translation>
    </message>
    <message>
        <source>Executive %1 transferred client %2 to executive %3.</source>
        <translation>Ejecutivo %1 transfirió al cliente %2 al ejecutivo %3.</translation>
    </message>
    <message>
        <source>Executive %1 invited executive %2 into the session with client %3.</source>
        <translation>Ejecutivo %1 invitó al ejecutivo %2 a la sesión con el cliente %3.</translation>
    </message>
    <message>
        <source>Executive %1 joined the session of client %2 with executive %3.</source>
        <translation>Ejecutivo %1 se unió a la sesión del cliente %2 con el ejecutivo %3.</translation>
    </message>
    <message>
        <source>Executive %1 left the session of client %2.</source>
        <translation>Ejecutivo %1 salió de la sesión del cliente %2.</translation>
    </message>
    <message>
        <source>Executive %1 invited client %2 to a session.</source>
        <translation>Ejecutivo %1 invitó al cliente %2 a una sesión.</translation>
    </message>
</context>
<context>
    <name>Turno::ServerKey</name>
    <message>
        <source>This is your first connection to %1. Its certificate is not signed by an authority this computer knows, so check its key before you trust it.

Server key (SHA-256):
%2

Ask your administrator for the fingerprint that "turno-server fingerprint" prints and compare it. Once trusted, this key is remembered and you will not be asked again.</source>
        <translation>Es tu primera conexión a %1. Su certificado no está firmado por una autoridad que este computador conozca, así que verifica su clave antes de confiar en ella.

Clave del servidor (SHA-256):
%2

Pídele a tu administrador la huella que muestra "turno-server fingerprint" y compárala. Una vez que confíes en ella, esta clave se recuerda y no se te volverá a preguntar.</translation>
    </message>
    <message>
        <source>WARNING: the key of %1 has changed. Someone may be intercepting the connection, or the server was given a new key. Nothing was sent.

Remembered key (SHA-256):
%2

Key presented now:
%3

If your administrator confirms the new key, accept it deliberately: start with --trust-fingerprint and the new key, or confirm it in the window.</source>
        <translation>ATENCIÓN: la clave de %1 cambió. Alguien podría estar interceptando la conexión, o el servidor recibió una clave nueva. No se envió nada.

Clave recordada (SHA-256):
%2

Clave presentada ahora:
%3

Si tu administrador confirma la clave nueva, acéptala a conciencia: inicia con --trust-fingerprint y la clave nueva, o confírmala en la ventana.</translation>
    </message>
    <message>
        <source>Trust this server? (yes/no):</source>
        <translation>¿Confiar en este servidor? (sí/no):</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>answer to "Trust this server?"</comment>
        <translation>sí</translation>
    </message>
    <message>
        <source>WARNING: --plaintext: this connection is NOT encrypted. Passwords and messages cross the network in clear. Use it only for debugging on this machine.</source>
        <translation>ATENCIÓN: --plaintext: esta conexión NO va cifrada. Las claves y los mensajes cruzan la red en claro. Úsalo solo para depurar en este equipo.</translation>
    </message>
</context>
<context>
    <name>Turno::ServerKeyDialog</name>
    <message>
        <source>The server's key has changed</source>
        <translation>La clave del servidor cambió</translation>
    </message>
    <message>
        <source>Check the server's key</source>
        <translation>Verifica la clave del servidor</translation>
    </message>
    <message>
        <source>Trust the new key</source>
        <translation>Confiar en la clave nueva</translation>
    </message>
    <message>
        <source>Trust this server</source>
        <translation>Confiar en este servidor</translation>
    </message>
    <message>
        <source>I have confirmed the new key with the server's administrator</source>
        <translation>Confirmé la clave nueva con el administrador del servidor</translation>
    </message>
    <message>
        <source>%1 — NOT ENCRYPTED (--plaintext)</source>
        <translation>%1 — SIN CIFRAR (--plaintext)</translation>
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
        <translation>Tus sesiones</translation>
    </message>
    <message>
        <source>%1 · conference</source>
        <comment>a session tab: a colleague's session this executive joined</comment>
        <translation>%1 · conferencia</translation>
    </message>
    <message>
        <source>%1 · on hold</source>
        <comment>a session tab</comment>
        <translation>%1 · en espera</translation>
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
        <translation>%1 Presiona %2 para ir a ella.</translation>
    </message>
</context>
<context>
    <name>Turno::Storage::Migrator</name>
    <message>
        <source>The database %1 has schema version %2, but this turno-server only knows versions up to %3. Use a newer turno-server with it; the file was left untouched.</source>
        <translation>La base de datos %1 tiene la versión de esquema %2, pero este turno-server solo conoce versiones hasta la %3. Úsela con un turno-server más nuevo; el archivo no se modificó.</translation>
    </message>
</context>
<context>
    <name>Turno::TerminalChat</name>
    <message>
        <source>You are now talking with %1.</source>
        <translation>Ahora estás conversando con %1.</translation>
    </message>
    <message>
        <source>Type your message and press Enter. Type :end to end the conversation.</source>
        <translation>Escribe tu mensaje y presiona Enter. Escribe :terminar para terminar la conversación.</translation>
    </message>
    <message>
        <source>%1 [%2]: %3</source>
        <comment>name [time]: chat message</comment>
        <translation>%1 [%2]: %3</translation>
    </message>
    <message>
        <source>Assistant: %1</source>
        <comment>a line said by the assistant in the terminal dialog</comment>
        <translation>Asistente: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>place in line, then the estimated wait</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>You are in line for an executive. %1 %2</source>
        <translation>Estás en la fila para hablar con un ejecutivo. %1 %2</translation>
    </message>
    <message>
        <source>Type leave to leave the queue.</source>
        <translation>Escribe salir para salir de la fila.</translation>
    </message>
    <message>
        <source>leave</source>
        <comment>typed while waiting in line, to leave it</comment>
        <translation>salir</translation>
    </message>
    <message>
        <source>end</source>
        <comment>typed in a conversation, to end it</comment>
        <translation>terminar</translation>
    </message>
    <message>
        <source>You are still in line. Your message will be sent when an executive joins you.</source>
        <translation>Sigues en la fila. Tu mensaje se enviará cuando un ejecutivo se conecte contigo.</translation>
    </message>
    <message>
        <source>Your message could not be sent.</source>
        <translation>No se pudo enviar tu mensaje.</translation>
    </message>
    <message>
        <source>You [%1]: %2</source>
        <comment>time: own chat message</comment>
        <translation>Tú [%1]: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n of your messages could not be delivered.</source>
        <translation><numerusform>%n de tus mensajes no se pudo entregar.</numerusform><numerusform>%n de tus mensajes no se pudieron entregar.</numerusform></translation>
    </message>
    <message>
        <source>%1 is restarting your Wi-Fi and asks you for a new Wi-Fi password.</source>
        <translation>%1 está reiniciando tu Wi-Fi y te pide una nueva clave Wi-Fi.</translation>
    </message>
    <message>
        <source>We are updating your password</source>
        <translation>Estamos actualizando tu clave</translation>
    </message>
    <message>
        <source>Enter your new Wi-Fi password (8 to 63 characters), then repeat it on the next line:</source>
        <translation>Ingresa tu nueva clave Wi-Fi (8 a 63 caracteres) y repítela en la línea siguiente:</translation>
    </message>
</context>
<context>
    <name>Turno::TerminalDialog</name>
    <message>
        <source>Assistant: %1</source>
        <comment>a line said by the assistant in the terminal dialog</comment>
        <translation>Asistente: %1</translation>
    </message>
</context>
<context>
    <name>Turno::TopicDialog</name>
    <message>
        <source>Contact an executive</source>
        <translation>Contactar a un ejecutivo</translation>
    </message>
    <message>
        <source>What would you like to talk about?</source>
        <translation>¿Sobre qué quieres hablar?</translation>
    </message>
    <message>
        <source>My &amp;internet service</source>
        <translation>Mi servicio de &amp;internet</translation>
    </message>
    <message>
        <source>My &amp;Wi-Fi network</source>
        <translation>Mi red &amp;Wi-Fi</translation>
    </message>
</context>
<context>
    <name>Turno::WifiPasswordDialog</name>
    <message>
        <source>Change Wi-Fi password</source>
        <translation>Cambiar clave Wi-Fi</translation>
    </message>
    <message>
        <source>Enter your new Wi-Fi password twice. It needs %1 to %2 characters: letters without accents, digits, spaces or symbols.</source>
        <translation>Ingresa tu nueva clave Wi-Fi dos veces. Necesita de %1 a %2 caracteres: letras sin tilde, dígitos, espacios o símbolos.</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>&amp;Cambiar clave</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Clave &amp;nueva:</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>R&amp;epetir clave:</translation>
    </message>
    <message>
        <source>We are updating your password…</source>
        <translation>Estamos actualizando tu clave…</translation>
    </message>
</context>
</TS>