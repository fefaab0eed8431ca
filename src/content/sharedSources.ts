/** Press pages that more than one topic cites: each address has one home, here. */

/** The norm that replaces Res. 172-2022 (Res. 000132-2025-CD/OSIPTEL), as the press reported it. */
export const newNormGestion =
  "https://gestion.pe/peru/osiptel-publica-nueva-norma-de-condiciones-de-uso-alineada-a-necesidades-de-usuarios-los-detalles-noticia/";
export const newNormInfobae =
  "https://www.infobae.com/peru/2025/12/27/nuevas-reglas-de-osiptel-reducen-plazos-para-dar-de-baja-servicios-y-agiliza-devoluciones-de-pagos-a-usuarios/";

/** OSIPTEL's regional offices on the baja, as the local press reported them. */
export const osiptelArequipa =
  "https://hbanoticias.pe/osiptel-esto-es-lo-que-debes-hacer-para-dar-de-baja-tu-servicio-de-internet-telefonia-o-cable";
export const osiptelTarapoto =
  "https://gutinoticiastarapoto.com/osiptel-informa-como-dar-de-baja-tu-servicio-de-telecomunicaciones";

/**
 * How long each carrier keeps a prepaid line without top-ups before it ends it, as the press reported OSIPTEL's
 * figures in 2025 (the first quotes OSIPTEL's office).
 */
export const prepaidLapseOsiptel =
  "https://www.chimboteonline.com/ams/%C2%BFen-cu%C3%A1nto-tiempo-pueden-ordenar-la-baja-de-mi-servicio-prepago-si-no-realizo-una-recarga.1961";
export const prepaidLapseLaRepublica =
  "https://larepublica.pe/tecnologia/2025/10/30/usas-chip-prepago-el-maximo-de-dias-que-puedes-pasar-sin-hacer-recargas-o-dan-de-baja-tu-servicio-1305240";
