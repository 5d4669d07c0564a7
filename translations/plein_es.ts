<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AppShell</name>
    <message>
        <location filename="../qml/AppShell.qml" line="14" />
        <source>Feed</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="15" />
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="16" />
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="17" />
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="18" />
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="77" />
        <source>Groups are on their way</source>
        <translation>Los grupos llegarán pronto</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="78" />
        <source>Soon you can find and join groups here. Until then, your groups' posts are in the feed.</source>
        <translation>Pronto podrás buscar grupos y unirte a ellos aquí. Mientras tanto, las publicaciones de tus grupos están en el inicio.</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="83" />
        <source>Chats are on their way</source>
        <translation>Los chats llegarán pronto</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="84" />
        <source>Soon you can message colleagues directly here.</source>
        <translation>Pronto podrás escribir directamente a tus compañeros aquí.</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="89" />
        <source>People is on its way</source>
        <translation>Personas llegará pronto</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="90" />
        <source>Soon you can find colleagues by name and expertise here.</source>
        <translation>Pronto podrás encontrar compañeros por nombre y experiencia aquí.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../qml/Composer.qml" line="63" />
        <source>Share something with your colleagues…</source>
        <translation>Comparte algo con tus compañeros…</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="63" />
        <source>Write a post…</source>
        <translation>Escribe una publicación…</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="71" />
        <source>New post</source>
        <translation>Nueva publicación</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="117" />
        <source>No groups yet</source>
        <translation>Aún no hay grupos</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="120" />
        <source>Post in: %1</source>
        <translation>Publicar en: %1</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="192" />
        <source>Ctrl+Enter to post</source>
        <translation>Ctrl+Intro para publicar</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="202" />
        <source>Post</source>
        <translation>Publicar</translation>
    </message>
</context>
<context>
    <name>ComposerGroups</name>
    <message>
        <location filename="../app/glue/ComposerGroups.cpp" line="20" />
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
</context>
<context>
    <name>EmptyFeed</name>
    <message>
        <location filename="../qml/EmptyFeed.qml" line="25" />
        <source>No posts yet. Say hello!</source>
        <translation>Aún no hay publicaciones. ¡Saluda!</translation>
    </message>
    <message>
        <location filename="../qml/EmptyFeed.qml" line="39" />
        <source>Write a post</source>
        <translation>Escribir una publicación</translation>
    </message>
</context>
<context>
    <name>FeedScreen</name>
    <message>
        <location filename="../qml/FeedScreen.qml" line="24" />
        <source>Feed</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../qml/FeedScreen.qml" line="102" />
        <source>You are all caught up</source>
        <translation>Estás al día</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../qml/LoginScreen.qml" line="45" />
        <source>Welcome to Plein</source>
        <translation>Te damos la bienvenida a Plein</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="55" />
        <source>Sign in with the details from your organisation.</source>
        <translation>Inicia sesión con los datos de tu organización.</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="76" />
        <location filename="../qml/LoginScreen.qml" line="83" />
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="88" />
        <location filename="../qml/LoginScreen.qml" line="95" />
        <source>Email address</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="94" />
        <source>name@organisation.nl</source>
        <translation>nombre@organizacion.es</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="100" />
        <location filename="../qml/LoginScreen.qml" line="108" />
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="118" />
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="118" />
        <location filename="../qml/LoginScreen.qml" line="121" />
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
</context>
<context>
    <name>MePage</name>
    <message>
        <location filename="../qml/MePage.qml" line="76" />
        <source>Email address</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../qml/MePage.qml" line="78" />
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../qml/MePage.qml" line="88" />
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
</context>
<context>
    <name>NavRail</name>
    <message>
        <location filename="../qml/NavRail.qml" line="62" />
        <source>Me</source>
        <translation>Yo</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <location filename="../qml/OfflineBanner.qml" line="23" />
        <source>Offline – you are seeing saved posts</source>
        <translation>Sin conexión: estás viendo publicaciones guardadas</translation>
    </message>
</context>
<context>
    <name>PostCard</name>
    <message>
        <location filename="../qml/PostCard.qml" line="28" />
        <source>%1 in %2: %3</source>
        <translation>%1 en %2: %3</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="30" />
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="71" />
        <source>edited</source>
        <translation>editado</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="117" />
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="117" />
        <source>Not sent.</source>
        <translation>No enviado.</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="130" />
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="137" />
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/PostCard.qml" line="160" />
        <source>%n like(s)</source>
        <translation><numerusform>%n me gusta</numerusform><numerusform>%n me gusta</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/PostCard.qml" line="166" />
        <source>%n comment(s)</source>
        <translation><numerusform>%n comentario</numerusform><numerusform>%n comentarios</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="182" />
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <location filename="../app/glue/RelativeTime.cpp" line="28" />
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/glue/RelativeTime.cpp" line="30" />
        <source>%n min</source>
        <translation><numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/glue/RelativeTime.cpp" line="34" />
        <source>%n h</source>
        <translation><numerusform>%n h</numerusform><numerusform>%n h</numerusform></translation>
    </message>
    <message>
        <location filename="../app/glue/RelativeTime.cpp" line="35" />
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../qml/Sidebar.qml" line="82" />
        <source>Me: %1</source>
        <translation>Yo: %1</translation>
    </message>
</context>
<context>
    <name>SignInMessages</name>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="13" />
        <source>This is not a server address. Check it and try again, for example https://plein.example.nl.</source>
        <translation>Esta no es una dirección de servidor. Revísala e inténtalo de nuevo, por ejemplo https://plein.example.nl.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="15" />
        <source>This address is not secure. Use an address that starts with https://.</source>
        <translation>Esta dirección no es segura. Usa una dirección que empiece por https://.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="17" />
        <source>The server cannot be reached. Check the address and your internet connection.</source>
        <translation>No se puede acceder al servidor. Revisa la dirección y tu conexión a internet.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="19" />
        <source>This address is not a Plein server. Check the address with your organisation.</source>
        <translation>Esta dirección no es un servidor de Plein. Consulta la dirección con tu organización.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="21" />
        <source>The email address or password is not right.</source>
        <translation>El correo electrónico o la contraseña no son correctos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/glue/SignInMessages.cpp" line="24" />
        <source>Too many attempts. Try again in %n seconds.</source>
        <translation><numerusform>Demasiados intentos. Inténtalo de nuevo en %n segundo.</numerusform><numerusform>Demasiados intentos. Inténtalo de nuevo en %n segundos.</numerusform></translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="25" />
        <source>Too many attempts. Try again in a moment.</source>
        <translation>Demasiados intentos. Inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="27" />
        <source>Your sign-in could not be saved in the system keychain. Unlock the keychain and try again.</source>
        <translation>No se pudo guardar tu sesión en el llavero del sistema. Desbloquea el llavero e inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="29" />
        <source>Plein could not open its storage on this device. Free some space and try again.</source>
        <translation>Plein no pudo abrir su almacenamiento en este dispositivo. Libera espacio e inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="31" />
        <source>The server has a problem right now. Try again later.</source>
        <translation>El servidor tiene un problema ahora mismo. Inténtalo más tarde.</translation>
    </message>
</context>
<context>
    <name>plein::app::Session</name>
    <message>
        <location filename="../app/glue/Session.cpp" line="32" />
        <source>Your session has ended. Sign in again to continue.</source>
        <translation>Tu sesión ha terminado. Inicia sesión de nuevo para continuar.</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="153" />
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="154" />
        <source>Community manager</source>
        <translation>Responsable de comunidad</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="155" />
        <source>Guest</source>
        <translation>Invitado</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="156" />
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="232" />
        <source>Your post could not be saved on this device. Your text is still here; try again.</source>
        <translation>No se pudo guardar tu publicación en este dispositivo. Tu texto sigue aquí; inténtalo de nuevo.</translation>
    </message>
</context>
</TS>